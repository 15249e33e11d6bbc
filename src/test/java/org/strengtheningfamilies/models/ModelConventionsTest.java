package org.strengtheningfamilies.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.familycase.FamilyCaseVariables;

/**
 * The models and forms as a process designer leaves them in Camunda Modeler: every user task has a
 * form that exists, every form speaks the variable contract, ids follow the naming convention, and
 * every element is drawn.
 */
class ModelConventionsTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final ObjectMapper JSON = new ObjectMapper();

    static BpmnModelInstance familyCase;
    static Map<String, JsonNode> forms = new HashMap<>();
    /** Forms of the other processes in processes/ (e.g. pbr-claim-window), checked by their own tests. */
    static Set<String> otherProcessesForms = new java.util.HashSet<>();

    @BeforeAll
    static void load() throws IOException {
        familyCase = Bpmn.readModelFromFile(PROCESSES.resolve("family-case.bpmn").toFile());
        try (Stream<Path> models = Files.list(PROCESSES)) {
            for (Path model : models.filter(f -> f.toString().endsWith(".bpmn") && !f.endsWith("family-case.bpmn")).toList()) {
                BpmnModelInstance other = Bpmn.readModelFromFile(model.toFile());
                other.getModelElementsByType(UserTask.class).stream()
                        .map(UserTask::getCamundaFormRef).filter(java.util.Objects::nonNull).forEach(otherProcessesForms::add);
                other.getModelElementsByType(StartEvent.class).stream()
                        .map(StartEvent::getCamundaFormRef).filter(java.util.Objects::nonNull).forEach(otherProcessesForms::add);
            }
        }
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                forms.put(form.path("id").asText(), form);
                assertThat(file.getFileName().toString()).as("a form file is named after its id")
                        .isEqualTo(form.path("id").asText() + ".form");
            }
        }
    }

    @Test
    void theFileNameIsTheProcessIdAndHistoryHasATimeToLive() {
        Process process = familyCase.getModelElementsByType(Process.class).iterator().next();
        assertThat(process.getId()).isEqualTo("family-case");
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(process.isExecutable()).isTrue();
    }

    @Test
    void everyUserTaskAndTheStartEventHaveADeployedFormAndACandidateGroup() {
        List<String> problems = new ArrayList<>();
        for (UserTask task : familyCase.getModelElementsByType(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            if (formRef == null || !forms.containsKey(formRef)) {
                problems.add(task.getId() + " has form " + formRef + " which is not in forms/");
            }
            if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                problems.add(task.getId() + " must bind its form by deployment");
            }
            if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
                problems.add(task.getId() + " has no candidate group");
            }
        }
        StartEvent start = familyCase.getModelElementById(START_EVENT_REFERRAL);
        if (!forms.containsKey(start.getCamundaFormRef())) {
            problems.add("StartEvent_Referral has no form in forms/");
        }
        assertThat(problems).isEmpty();
        assertThat(familyCase.getModelElementsByType(UserTask.class)).hasSize(forms.size() - 1 - otherProcessesForms.size());
    }

    @Test
    void everyFormFieldKeyIsInTheVariableContract() {
        Set<String> contract = Set.copyOf(FamilyCaseVariables.names());
        Map<String, List<String>> unknown = new HashMap<>();
        forms.forEach((id, form) -> {
            if (otherProcessesForms.contains(id)) {
                return;
            }
            List<String> keys = new ArrayList<>();
            collectKeys(form.path("components"), keys);
            assertThat(keys).as("form " + id + " has fields").isNotEmpty();
            List<String> outside = keys.stream().filter(k -> !contract.contains(k)).toList();
            if (!outside.isEmpty()) {
                unknown.put(id, outside);
            }
        });
        assertThat(unknown).as("form keys outside FamilyCaseVariables").isEmpty();
    }

    /** Top-level keys and list paths; the fields inside a list item belong to the item, not the process. */
    private static void collectKeys(JsonNode components, List<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            if ("dynamiclist".equals(component.path("type").asText())) {
                keys.add(component.path("path").asText());
                continue;
            }
            if (component.has("components")) {
                collectKeys(component.get("components"), keys);
            }
        }
    }

    @Test
    void elementIdsFollowTheNamingConvention() {
        Map<Class<? extends BaseElement>, String> prefixes = Map.of(
                StartEvent.class, "StartEvent_", EndEvent.class, "EndEvent_", BoundaryEvent.class, "BoundaryEvent_",
                IntermediateCatchEvent.class, "IntermediateEvent_", Gateway.class, "Gateway_", Task.class, "Task_",
                SubProcess.class, "SubProcess_", SequenceFlow.class, "Flow_");
        List<String> wrong = new ArrayList<>();
        prefixes.forEach((type, prefix) -> familyCase.getModelElementsByType(type).stream()
                .filter(e -> !e.getId().startsWith(prefix))
                .forEach(e -> wrong.add(e.getId() + " should start with " + prefix)));
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFlowNodeIsDrawnSoModelerAndCockpitCanShowIt() {
        Set<String> drawn = familyCase.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        Collection<FlowNode> nodes = familyCase.getModelElementsByType(FlowNode.class);
        assertThat(nodes.stream().map(FlowNode::getId).filter(id -> !drawn.contains(id)).toList()).isEmpty();
    }

    @Test
    void theEndEventsNameHowACaseEnded() {
        assertThat(familyCase.getModelElementsByType(EndEvent.class)).extracting(EndEvent::getId)
                .contains(END_EVENT_SIGNPOSTED, END_EVENT_REJECTED_BY_PANEL, END_EVENT_NO_FURTHER_ACTION,
                        END_EVENT_CONSENT_REFUSED, END_EVENT_TURNED_AROUND, END_EVENT_CLOSED_WITHOUT_RESULT);
    }
}
