package org.strengtheningfamilies.partnerapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields of the start form ({@code forms/referral.form}), read from the form itself: the referral
 * API accepts the same names, so a field a process designer adds to the form (a council's own local
 * filter, a later phase's {@code needs}) is part of the API without a change here. The form's labels
 * are the plain words the API uses when it names a criterion.
 */
public final class ReferralForm {

    /** The start form's fields that are the council's to set, not a partner's (retrospective attachment). */
    static final Set<String> COUNCIL_ONLY = Set.of("retrospective", "attachmentDate", "leadService", "needLevel", "keyWorker");

    /** OBJECT: a form's dotted keys ({@code needsEvidence.EDUCATION}) make one JSON object of texts ({@code needsEvidence}). */
    public enum Kind { TEXT, BOOLEAN, NUMBER, DATE, LIST_OF_TEXT, LIST_OF_OBJECTS, OBJECT }

    /** One field; {@code values} are a select's or taglist's options, {@code items} a list's own fields. */
    public record Field(String key, Kind kind, String label, String description, boolean required,
                        List<String> values, List<Field> items) {
    }

    private final Map<String, Field> fields;

    private ReferralForm(Map<String, Field> fields) {
        this.fields = fields;
    }

    public static ReferralForm fromClasspath(String resource) {
        try (InputStream in = ReferralForm.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the start form " + resource + " is not on the classpath");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferralForm parse(JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        COUNCIL_ONLY.forEach(fields::remove);
        return new ReferralForm(fields);
    }

    private static void collect(JsonNode components, Map<String, Field> into) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if ("dynamiclist".equals(type)) {
                Map<String, Field> items = new LinkedHashMap<>();
                collect(component.path("components"), items);
                String key = component.path("path").asText();
                into.put(key, new Field(key, Kind.LIST_OF_OBJECTS, component.path("label").asText(null),
                        text(component, "description"), false, List.of(), List.copyOf(items.values())));
                continue;
            }
            if (component.hasNonNull("key")) {
                String key = component.get("key").asText();
                int dot = key.indexOf('.');
                if (dot > 0) {
                    // form-js writes a dotted key into an object: needsEvidence.EDUCATION is needsEvidence's EDUCATION
                    String object = key.substring(0, dot);
                    Field member = new Field(key.substring(dot + 1), Kind.TEXT, label(component),
                            text(component, "description"), false, List.of(), List.of());
                    Field before = into.get(object);
                    List<Field> members = new ArrayList<>(before == null ? List.of() : before.items());
                    members.add(member);
                    into.put(object, new Field(object, Kind.OBJECT, before == null ? null : before.label(),
                            null, false, List.of(), List.copyOf(members)));
                } else {
                    kind(component).ifPresent(kind -> into.put(key, new Field(key, kind, label(component),
                            text(component, "description"), component.path("validate").path("required").asBoolean(false),
                            values(component), List.of())));
                }
            }
            if (component.has("components")) {
                collect(component.get("components"), into);
            }
        }
    }

    private static Optional<Kind> kind(JsonNode component) {
        return Optional.ofNullable(switch (component.path("type").asText()) {
            case "textfield", "textarea", "select", "radio" -> Kind.TEXT;
            case "checkbox" -> Kind.BOOLEAN;
            case "number" -> Kind.NUMBER;
            case "datetime" -> Kind.DATE;
            case "taglist", "checklist" -> Kind.LIST_OF_TEXT;
            default -> null;
        });
    }

    private static String label(JsonNode component) {
        String label = text(component, "label");
        return label == null || label.isBlank() ? text(component, "dateLabel") : label;
    }

    private static String text(JsonNode component, String name) {
        return component.hasNonNull(name) ? component.get(name).asText() : null;
    }

    private static List<String> values(JsonNode component) {
        List<String> values = new ArrayList<>();
        component.path("values").forEach(v -> values.add(v.path("value").asText()));
        return List.copyOf(values);
    }

    public List<Field> fields() {
        return List.copyOf(fields.values());
    }

    public Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The form's label for a field, or the field's name where the form has none. */
    public String label(String key) {
        Field field = fields.get(key);
        return field == null || field.label() == null || field.label().isBlank() ? key : field.label();
    }
}
