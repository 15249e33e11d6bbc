package org.strengtheningfamilies.claimwindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.claimwindow.ClaimWindowElements.TASK_SIGN_OFF_CLAIM_RETURN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimeCycle;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * pbr-claim-window as a process designer leaves it: the project's conventions (ids, history time to
 * live, deployment-bound form, every element drawn), its form speaks its own variables, and
 * docs/variables.md documents exactly those variables.
 */
class ClaimWindowModelTest {

    static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(Path.of("processes", "pbr-claim-window.bpmn").toFile());

    @Test
    void theFileNameIsTheProcessIdAndHistoryHasATimeToLive() {
        Process process = MODEL.getModelElementsByType(Process.class).iterator().next();
        assertThat(process.getId()).isEqualTo(ClaimWindowVariables.PROCESS_KEY);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(process.isExecutable()).isTrue();
    }

    @Test
    void theWindowOpensOnTheConfiguredCycle() {
        assertThat(MODEL.getModelElementsByType(TimeCycle.class)).extracting(TimeCycle::getTextContent)
                .containsExactly("${claimWindowSchedule.cycle}");
    }

    @Test
    void idsFollowTheNamingConventionAndEverythingIsDrawn() {
        Map<Class<? extends BaseElement>, String> prefixes = Map.of(StartEvent.class, "StartEvent_", EndEvent.class,
                "EndEvent_", Gateway.class, "Gateway_", Task.class, "Task_", SequenceFlow.class, "Flow_");
        List<String> wrong = new ArrayList<>();
        prefixes.forEach((type, prefix) -> MODEL.getModelElementsByType(type).stream()
                .filter(e -> !e.getId().startsWith(prefix)).forEach(e -> wrong.add(e.getId() + " should start with " + prefix)));
        assertThat(wrong).isEmpty();

        Set<String> drawn = MODEL.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId())
                .collect(Collectors.toSet());
        MODEL.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
        assertThat(MODEL.getModelElementsByType(FlowElement.class).stream().map(FlowElement::getId)
                .filter(id -> !drawn.contains(id)).toList()).isEmpty();
    }

    @Test
    void theSignOffIsTheCoordinatorsWithItsDeployedFormWhoseFieldsAreTheProcesssVariables() throws IOException {
        UserTask signOff = MODEL.getModelElementById(TASK_SIGN_OFF_CLAIM_RETURN);
        assertThat(signOff.getCamundaFormRef()).isEqualTo("claim-return-signoff");
        assertThat(signOff.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(signOff.getCamundaCandidateGroups()).isEqualTo("coordinator");
        assertThat(MODEL.getModelElementsByType(UserTask.class)).hasSize(1);

        JsonNode form = new ObjectMapper().readTree(Path.of("forms", "claim-return-signoff.form").toFile());
        assertThat(form.path("id").asText()).isEqualTo("claim-return-signoff");
        List<String> keys = new ArrayList<>();
        form.path("components").forEach(c -> {
            if (c.hasNonNull("key")) {
                keys.add(c.get("key").asText());
            }
        });
        assertThat(keys).contains("claimReturnSignedOff");
        assertThat(ClaimWindowVariables.names()).containsAll(keys);
    }

    @Test
    void docsVariablesDocumentsExactlyTheProcesssVariables() throws IOException {
        String doc = Files.readString(Path.of("docs", "variables.md"));
        int section = doc.indexOf("\n## pbr-claim-window");
        assertThat(section).as("docs/variables.md has a section \"## pbr-claim-window\"").isPositive();
        int next = doc.indexOf("\n## ", section + 1);
        String text = next < 0 ? doc.substring(section) : doc.substring(section, next);
        Set<String> documented = new LinkedHashSet<>();
        for (String line : text.lines().filter(l -> l.startsWith("| ")).toList()) {
            String[] cells = line.split("\\|");
            if (cells.length > 2) {
                Matcher names = Pattern.compile("`([a-zA-Z]+)`").matcher(cells[2]);
                while (names.find()) {
                    documented.add(names.group(1));
                }
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ClaimWindowVariables.names());
    }
}
