package org.strengtheningfamilies.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * What each step of a process captures, read from the Camunda Form it shows (the process designer's
 * declaration, deployed with the model): the fields a user fills in, and the fields it only shows
 * (read-only or disabled). A dynamic list is one field (its path); the keys inside it belong to the
 * list's items. A dotted key ({@code needsEvidence.EDUCATION}) is a part of one field, its object. Forms are read once per deployment.
 */
final class StepForms {

    /** The fields of one form. */
    record Fields(String formId, Set<String> writable, Set<String> shown) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Components that show something but capture nothing. */
    private static final Set<String> DISPLAY_ONLY = Set.of("text", "table", "separator", "spacer", "image", "html",
            "iframe", "button", "documentPreview");

    private final Map<String, Map<String, Fields>> formsByDeployment = new ConcurrentHashMap<>();

    /** The form a step names ({@code camunda:formRef}), found in the step's own deployment. */
    Optional<Fields> of(CommandContext context, String deploymentId, Expression formRef) {
        return formRef == null ? Optional.empty() : of(context, deploymentId, formRef.getExpressionText());
    }

    /**
     * The form of a user task, whose formRef may be an expression evaluated for the task, as Tasklist
     * sees it (family-case picks some forms by the case's programme phase).
     */
    Optional<Fields> of(CommandContext context, String deploymentId, Expression formRef, VariableScope task) {
        if (formRef == null) {
            return Optional.empty();
        }
        String text = formRef.getExpressionText();
        if (text != null && (text.contains("${") || text.contains("#{"))) {
            Object evaluated = context.runWithoutAuthorization(() -> formRef.getValue(task));
            return of(context, deploymentId, evaluated == null ? null : evaluated.toString());
        }
        return of(context, deploymentId, text);
    }

    private Optional<Fields> of(CommandContext context, String deploymentId, String formKey) {
        if (formKey == null || deploymentId == null) {
            return Optional.empty();
        }
        Map<String, Fields> forms = formsByDeployment.computeIfAbsent(deploymentId, id -> load(context, id));
        return Optional.ofNullable(forms.get(formKey));
    }

    private static Map<String, Fields> load(CommandContext context, String deploymentId) {
        Map<String, Fields> forms = new LinkedHashMap<>();
        for (ResourceEntity resource : context.runWithoutAuthorization(
                () -> context.getResourceManager().findResourcesByDeploymentId(deploymentId))) {
            if (resource.getName() != null && resource.getName().endsWith(".form")) {
                Fields fields = parse(new String(resource.getBytes(), StandardCharsets.UTF_8));
                forms.put(fields.formId(), fields);
            }
        }
        return forms;
    }

    static Fields parse(String formJson) {
        try {
            JsonNode form = JSON.readTree(formJson);
            Set<String> writable = new LinkedHashSet<>();
            Set<String> shown = new LinkedHashSet<>();
            collect(form, writable, shown);
            shown.removeAll(writable);
            return new Fields(form.path("id").asText(), writable, shown);
        } catch (IOException e) {
            throw new IllegalStateException("a deployed form is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** form-js writes a dotted key into an object: needsEvidence.EDUCATION is part of the variable needsEvidence. */
    private static String variableOf(String key) {
        int dot = key.indexOf('.');
        return dot > 0 ? key.substring(0, dot) : key;
    }

    private static void collect(JsonNode container, Set<String> writable, Set<String> shown) {
        for (JsonNode component : container.path("components")) {
            String type = component.path("type").asText();
            String key = component.hasNonNull("key") ? component.get("key").asText() : null;
            String path = component.hasNonNull("path") ? component.get("path").asText() : null;
            boolean readOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
            if ("dynamiclist".equals(type) || ("group".equals(type) && path != null && !path.isBlank())) {
                (readOnly ? shown : writable).add(path);
            } else if (component.has("components")) {
                collect(component, writable, shown);
            } else if (key != null && !DISPLAY_ONLY.contains(type)) {
                (readOnly ? shown : writable).add(variableOf(key));
            }
        }
    }
}
