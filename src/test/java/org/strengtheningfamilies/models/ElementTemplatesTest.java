package org.strengtheningfamilies.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Modeler element templates (.camunda/element-templates/) open in Modeler's template chooser:
 * they are valid against the element templates JSON schema (@camunda/element-templates-json-schema 0.22.1,
 * kept in src/test/resources), and say what the models say: a template for every delegate a model names,
 * none for a delegate no model uses, and the same asynchronous continuation and decision as the models.
 */
class ElementTemplatesTest {

    static final Path TEMPLATES = Path.of(".camunda/element-templates/strengthening-families.json");
    static final ObjectMapper JSON = new ObjectMapper();
    static JsonNode templates;

    @BeforeAll
    static void load() throws IOException {
        templates = JSON.readTree(TEMPLATES.toFile());
    }

    @Test
    void theTemplatesAreValidAgainstTheElementTemplatesSchema() throws IOException {
        Schema schema;
        try (InputStream in = ElementTemplatesTest.class.getResourceAsStream(
                "/element-templates/element-templates-schema-0.22.1.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        List<Error> errors = schema.validate(templates);
        assertThat(errors).as("schema errors").isEmpty();
        assertThat(templates.size()).isGreaterThan(10);
    }

    @Test
    void aTemplateThatBreaksTheSchemaIsFound() throws IOException {
        Schema schema;
        try (InputStream in = ElementTemplatesTest.class.getResourceAsStream(
                "/element-templates/element-templates-schema-0.22.1.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        JsonNode broken = JSON.readTree("[{\"name\": \"No id, applies to nothing\", \"properties\": []}]");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void everyDelegateOfTheModelsHasATemplateWithTheModelsSettings() throws IOException {
        Map<String, Boolean> modelled = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                    if (task.getCamundaDelegateExpression() != null) {
                        modelled.merge(task.getCamundaDelegateExpression(), task.isCamundaAsyncBefore(), (a, b) -> a || b);
                    }
                }
            }
        }
        Map<String, Boolean> templated = new TreeMap<>();
        for (JsonNode template : templates) {
            if (!template.path("appliesTo").toString().contains("bpmn:ServiceTask")) {
                continue;
            }
            Map<String, JsonNode> byBinding = bindings(template);
            templated.put(byBinding.get("camunda:delegateExpression").path("value").asText(),
                    byBinding.get("camunda:asyncBefore").path("value").asBoolean());
        }
        assertThat(templated).isEqualTo(modelled);
    }

    @Test
    void theDecisionTemplatesEvaluateTheTablesTheFamilyCaseModelEvaluates() {
        BpmnModelInstance familyCase = Bpmn.readModelFromFile(Path.of("processes", "family-case.bpmn").toFile());
        Set<String> modelled = new TreeSet<>();
        familyCase.getModelElementsByType(BusinessRuleTask.class)
                .forEach(task -> modelled.add(task.getCamundaDecisionRef() + " -> " + task.getCamundaResultVariable()));
        Set<String> templated = new TreeSet<>();
        for (JsonNode template : templates) {
            if (template.path("appliesTo").toString().contains("bpmn:BusinessRuleTask")) {
                Map<String, JsonNode> byBinding = bindings(template);
                templated.add(byBinding.get("camunda:decisionRef").path("value").asText() + " -> "
                        + byBinding.get("camunda:resultVariable").path("value").asText());
            }
        }
        assertThat(templated).isEqualTo(modelled);
    }

    private static Map<String, JsonNode> bindings(JsonNode template) {
        Map<String, JsonNode> byBinding = new HashMap<>();
        template.path("properties").forEach(p -> byBinding.put(p.path("binding").path("name").asText(), p));
        return byBinding;
    }
}
