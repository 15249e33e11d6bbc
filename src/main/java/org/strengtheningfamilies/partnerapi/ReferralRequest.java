package org.strengtheningfamilies.partnerapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.camunda.spin.plugin.variable.SpinValues;
import org.strengtheningfamilies.kernel.Problem;

/**
 * A referral as a partner posts it (plain JSON in the start form's names) turned into the variables
 * the start form submits: text, booleans and numbers as they are, lists as JSON (as Tasklist sends a
 * dynamic list). Only the shape is checked here (a field the form does not have, a list that is not a
 * list); what the values must be is the referral rules' business, applied when the case starts.
 */
final class ReferralRequest {

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Map<String, Object> variables;
    private final List<Problem> problems;
    private final String familyRef;

    private ReferralRequest(Map<String, Object> variables, List<Problem> problems, String familyRef) {
        this.variables = variables;
        this.problems = problems;
        this.familyRef = familyRef;
    }

    static ReferralRequest of(JsonNode body, ReferralForm form) {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            problems.add(new Problem(null, "The referral must be a JSON object of the start form's fields, "
                    + "e.g. {\"familyRef\": \"MK-000123\", ...}."));
            return new ReferralRequest(variables, problems, null);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            ReferralForm.Field field = form.field(key).orElse(null);
            if (field == null) {
                problems.add(new Problem(key, key + " is not a field of a referral"
                        + (ReferralForm.COUNCIL_ONLY.contains(key) ? " made by a partner (it is set by the council)" : "") + "."));
                continue;
            }
            if (value.isNull()) {
                continue;
            }
            switch (field.kind()) {
                case LIST_OF_OBJECTS, LIST_OF_TEXT -> {
                    if (!value.isArray()) {
                        problems.add(new Problem(key, key + " must be a list"
                                + (field.kind() == ReferralForm.Kind.LIST_OF_OBJECTS ? " of objects." : " of text.")));
                    } else {
                        variables.put(key, SpinValues.jsonValue(value.toString()).create());
                    }
                }
                case OBJECT -> {
                    if (!value.isObject()) {
                        problems.add(new Problem(key, key + " must be an object of texts, e.g. {\""
                                + field.items().get(0).key() + "\": \"...\"}."));
                    } else {
                        variables.put(key, SpinValues.jsonValue(value.toString()).create());
                    }
                }
                case BOOLEAN -> variables.put(key, value.isBoolean() ? value.booleanValue() : value.asText());
                case NUMBER -> variables.put(key, value.isNumber() ? value.numberValue() : value.asText());
                case TEXT, DATE -> {
                    if (value.isContainerNode()) {
                        problems.add(new Problem(key, key + " must be text."));
                    } else {
                        variables.put(key, value.asText());
                    }
                }
            }
        }
        JsonNode ref = body.get("familyRef");
        return new ReferralRequest(variables, problems, ref != null && ref.isTextual() && !ref.asText().isBlank()
                ? ref.asText().trim() : null);
    }

    Map<String, Object> variables() {
        return variables;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The family reference when one was given as text: the case's business key, as the start listener makes it. */
    String familyRef() {
        return familyRef;
    }

    /** SHA-256 of the body with its keys sorted: the same referral sent again compares equal, spacing aside. */
    static String fingerprint(JsonNode body) {
        try {
            Object plain = CANONICAL.treeToValue(body, Object.class);
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL.writeValueAsString(plain).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
