package org.strengtheningfamilies.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strengtheningfamilies.claimwindow.ClaimWindowElements;
import org.strengtheningfamilies.datamatching.DataMatchingElements;
import org.strengtheningfamilies.familycase.FamilyCaseElements;

/** Java names a model's elements only through its constants class, which says no more and no less than the model. */
class ElementIdConstantsTest {

    static List<Arguments> processes() {
        return List.of(Arguments.of("family-case", FamilyCaseElements.class),
                Arguments.of("pbr-claim-window", ClaimWindowElements.class),
                Arguments.of("termly-data-matching", DataMatchingElements.class));
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyFlowNodeHasAConstantAndEveryConstantIsAnElementOfTheModel(String process, Class<?> constants)
            throws IllegalAccessException {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", process + ".bpmn").toFile());
        List<String> declared = new ArrayList<>();
        for (Field field : constants.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                declared.add((String) field.get(null));
            }
        }
        List<String> notInModel = declared.stream()
                .filter(id -> !(model.getModelElementById(id) instanceof BaseElement)).toList();
        assertThat(notInModel).as("constants of %s that are not elements of the model", process).isEmpty();
        assertThat(declared).as("flow nodes of %s", process).containsAll(
                model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
    }

    @org.junit.jupiter.api.Test
    void theCapacityNotifierCorrelatesAMessageOfFamilyCase() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", "family-case.bpmn").toFile());
        assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class))
                .extracting(org.camunda.bpm.model.bpmn.instance.Message::getName)
                .contains(org.strengtheningfamilies.allocation.CapacityNotifier.CAPACITY_FREED);
    }
}
