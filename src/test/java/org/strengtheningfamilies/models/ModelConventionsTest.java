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
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.programme.ProgrammePresets;
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

    /**
     * The forms a formRef names: itself, or the quoted names of an expression that picks one by the case's
     * phase; the start event's expression (the phase's referral form) names every phase's referral form.
     */
    static List<String> formsNamed(String formRef) {
        if (formRef == null || !formRef.contains("${")) {
            return formRef == null ? List.of() : List.of(formRef);
        }
        if (formRef.equals("${programmePhases.referralForm}")) {
            return PHASES.all().stream().map(PhaseSettings::referralForm).distinct().toList();
        }
        List<String> named = new ArrayList<>();
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("'([a-z0-9-]+)'").matcher(formRef);
        while (quoted.find()) {
            named.add(quoted.group(1));
        }
        return named;
    }

    static final ProgrammePhases PHASES = ProgrammePhases.configure(ProgrammePhase.TF_2012,
            ProgrammePresets.tf2012(java.time.LocalDate.of(2012, 4, 1), 3, List.of()), Map.of(), null);

    @Test
    void everyUserTaskAndTheStartEventHaveADeployedFormAndACandidateGroup() {
        List<String> problems = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        for (UserTask task : familyCase.getModelElementsByType(UserTask.class)) {
            List<String> named = formsNamed(task.getCamundaFormRef());
            if (named.isEmpty()) {
                problems.add(task.getId() + " has no form");
            }
            for (String formRef : named) {
                used.add(formRef);
                if (!forms.containsKey(formRef)) {
                    problems.add(task.getId() + " has form " + formRef + " which is not in forms/");
                }
            }
            if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                problems.add(task.getId() + " must bind its form by deployment");
            }
            if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
                problems.add(task.getId() + " has no candidate group");
            }
        }
        StartEvent start = familyCase.getModelElementById(START_EVENT_REFERRAL);
        for (String formRef : formsNamed(start.getCamundaFormRef())) {
            used.add(formRef);
            if (!forms.containsKey(formRef)) {
                problems.add("StartEvent_Referral has form " + formRef + " which is not in forms/");
            }
        }
        assertThat(problems).isEmpty();
        Set<String> familyCaseForms = new java.util.HashSet<>(forms.keySet());
        familyCaseForms.removeAll(otherProcessesForms);
        assertThat(used).as("every form of family-case is used by it").isEqualTo(familyCaseForms);
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
                // a dotted key (needsEvidence.EDUCATION) writes one member of an object variable
                keys.add(component.get("key").asText().split("\\.")[0]);
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
