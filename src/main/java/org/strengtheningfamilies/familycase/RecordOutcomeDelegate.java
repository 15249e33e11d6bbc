package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.outcomes.OutcomeVariables.SUCCESSFUL_FAMILY_OUTCOME;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.TURNED_AROUND;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.SuccessfulFamilyOutcome;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * Task_RecordOutcome: what the phase's success table decided is the case's outcome. {@code turnedAround}
 * carries the same value, so the gateways, claims and reports that count turned-around families count it.
 */
@Component("recordOutcomeDelegate")
class RecordOutcomeDelegate implements JavaDelegate {

    private final CaseEvents events;
    private final ProgrammePhases phases;

    RecordOutcomeDelegate(CaseEvents events, ProgrammePhases phases) {
        this.events = events;
        this.phases = phases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean successful = SUCCESSFUL_FAMILY_OUTCOME.require(execution);
        TURNED_AROUND.set(execution, successful);
        if (successful) {
            events.publish(new SuccessfulFamilyOutcome(execution.getProcessInstanceId(), FAMILY_REF.require(execution),
                    events.today(), phases.phaseOf(execution)));
        }
    }
}
