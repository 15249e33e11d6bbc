package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.referral.ReferralVariables.NEEDS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.NeedsIdentified;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * Take listener of Flow_Accepted: the panel's ACCEPT (any lead service, NFA included) identifies the family;
 * in a later phase, with the needs as the panel left them.
 */
@Component("panelAcceptedListener")
class PanelAcceptedListener implements ExecutionListener {

    private final CaseEvents events;
    private final ProgrammePhases phases;

    PanelAcceptedListener(CaseEvents events, ProgrammePhases phases) {
        this.events = events;
        this.phases = phases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        events.identified(execution);
        ProgrammePhase phase = phases.phaseOf(execution);
        if (phase.judgedByNeeds()) {
            events.publish(new NeedsIdentified(execution.getProcessInstanceId(), FAMILY_REF.require(execution),
                    events.today(), phase, NEEDS.getOrDefault(execution, List.of())));
        }
    }
}
