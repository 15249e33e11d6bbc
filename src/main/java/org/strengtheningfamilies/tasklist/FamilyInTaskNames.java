package org.strengtheningfamilies.tasklist;

import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every open task of a family carries the family reference in its name ("Seek the family's consent
 * – MK-000123"), so that a task list of five families shows five different rows and Tasklist's
 * search by name finds a family. Everyone who sees the task may read its name: the reference is
 * the family they already work on. The models keep their plain names, which is what the diagram
 * shows, and so does the task's history (the name is given in the create listener, after the
 * engine has recorded the task's creation), which reports such as a family's changes name steps by.
 */
@Component
class FamilyInTaskNames extends AbstractProcessEnginePlugin {

    static final String SEPARATOR = " – ";

    static final TaskListener NAME_THE_FAMILY = FamilyInTaskNames::nameTheFamily;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behaviour) {
                    behaviour.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, NAME_THE_FAMILY);
                }
            }
        });
    }

    static void nameTheFamily(DelegateTask task) {
        Object familyRef = task.getVariable(FAMILY_REF.name());
        String name = task.getName();
        if (familyRef instanceof String ref && !ref.isBlank() && name != null && !name.endsWith(SEPARATOR + ref)) {
            task.setName(name + SEPARATOR + ref);
        }
    }
}
