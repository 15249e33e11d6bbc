package org.strengtheningfamilies.familycase;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A start event's {@code camunda:formRef} may be an expression, evaluated when the model is parsed: for
 * family-case {@code ${programmePhases.referralForm}}, the referral form of the phase the council refers
 * under (sf.programme.phase). Camunda evaluates a user task's formRef for each task, but takes a start
 * event's as plain text, and Tasklist gives a start form no variables to show sections by; so the product
 * evaluates it here, once per parse: at deployment and again after every restart (the deployment cache is
 * rebuilt), which is when sf.programme.phase can change.
 */
@Component
class StartFormOfThePhase extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                evaluate(processDefinition.getStartFormDefinition(), configuration.getExpressionManager());
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    static void evaluate(FormDefinition form, ExpressionManager expressions) {
        if (form == null || form.getCamundaFormDefinitionKey() == null) {
            return;
        }
        Expression formRef = form.getCamundaFormDefinitionKey();
        String text = formRef.getExpressionText();
        if (text != null && (text.contains("${") || text.contains("#{"))) {
            Object value = formRef.getValue(StartProcessVariableScope.getSharedInstance());
            if (value == null || value.toString().isBlank()) {
                throw new IllegalStateException("the start form expression " + text + " gave no form");
            }
            form.setCamundaFormDefinitionKey(expressions.createExpression(value.toString()));
        }
    }
}
