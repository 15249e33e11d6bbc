package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.outcomes.OutcomeVariables.OUTCOMES_SUSTAINED;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.OutcomesSustained;
import org.strengtheningfamilies.programme.ProgrammePhases;

/** Complete listener of Task_ConfirmOutcomesSustained (after its data rule): the sustain check's answer. */
@Component("outcomesSustainedListener")
class OutcomesSustainedListener implements TaskListener {

    private final CaseEvents events;
    private final ProgrammePhases phases;

    OutcomesSustainedListener(CaseEvents events, ProgrammePhases phases) {
        this.events = events;
        this.phases = phases;
    }

    @Override
    public void notify(DelegateTask task) {
        events.publish(new OutcomesSustained(task.getProcessInstanceId(), FAMILY_REF.require(task), events.today(),
                phases.phaseOf(task), OUTCOMES_SUSTAINED.require(task)));
    }
}
