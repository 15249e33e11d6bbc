package org.strengtheningfamilies.datamatching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.datamatching.DataMatchingElements.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** termly-data-matching.bpmn and its forms keep the project's model conventions. */
public class TermlyDataMatchingModelTest {

    /** The forms of this process (ModelConventionsTest leaves them to this test). */
    public static final Set<String> FORMS = Set.of("possible-match", "data-matching-run");

    final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/termly-data-matching.bpmn").toFile());

    @Test
    void theFileNameIsTheProcessIdAndHistoryHasATimeToLive() {
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        assertThat(process.getId()).isEqualTo(RunVariables.PROCESS_KEY);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(process.isExecutable()).isTrue();
    }

    @Test
    void idsFollowTheConventionAndEverythingIsDrawn() {
        Map<Class<? extends BaseElement>, String> prefixes = Map.of(StartEvent.class, "StartEvent_", EndEvent.class,
                "EndEvent_", BoundaryEvent.class, "BoundaryEvent_", Gateway.class, "Gateway_", Task.class, "Task_",
                SequenceFlow.class, "Flow_");
        List<String> wrong = new ArrayList<>();
        prefixes.forEach((type, prefix) -> model.getModelElementsByType(type).stream()
                .filter(e -> !e.getId().startsWith(prefix)).forEach(e -> wrong.add(e.getId())));
        assertThat(wrong).isEmpty();
        Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        assertThat(nodes.stream().map(FlowNode::getId).filter(id -> !drawn.contains(id)).toList()).isEmpty();
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
        assertThat(model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId)
                .filter(id -> !edges.contains(id)).toList()).isEmpty();
    }

    @Test
    void theBatchStepsAreJobsSoEachBatchIsItsOwnTransaction() {
        for (String id : List.of(TASK_MATCH_RECORDS, TASK_EVALUATE_HOUSEHOLDS)) {
            ServiceTask task = model.getModelElementById(id);
            assertThat(task.isCamundaAsyncBefore()).as(id).isTrue();
        }
    }

    @Test
    void theUserTaskAndTheManualStartUseTheirFormsAndEveryFormKeyIsARunVariable() throws IOException {
        UserTask resolve = model.getModelElementById(TASK_RESOLVE_POSSIBLE_MATCH);
        assertThat(resolve.getCamundaFormRef()).isEqualTo("possible-match");
        assertThat(resolve.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(resolve.getCamundaCandidateGroups()).isEqualTo("data-team");
        StartEvent manual = model.getModelElementById(START_EVENT_RUN);
        assertThat(manual.getCamundaFormRef()).isEqualTo("data-matching-run");
        ObjectMapper json = new ObjectMapper();
        for (String form : FORMS) {
            JsonNode node = json.readTree(Path.of("forms", form + ".form").toFile());
            assertThat(node.path("id").asText()).isEqualTo(form);
            List<String> keys = node.findValuesAsText("key");
            assertThat(keys).as(form).isNotEmpty();
            assertThat(keys).as(form).allMatch(RunVariables.names()::contains);
        }
    }
}
