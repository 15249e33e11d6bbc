package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.outcomes.OutcomeVariables.SUSTAIN_CHECK_DATE;
import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.support.SupportVariables.SUPPORT_END_DATE;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.allocation.KeyWorkerAllocation;
import org.strengtheningfamilies.events.SustainPeriodStarted;
import org.strengtheningfamilies.kernel.SystemAccess;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * Task_BeginSustainPeriod: support has ended with every need achieved; the sustain check falls due the
 * phase's sustain period after support ended (the planned end, or today when support ended early), which
 * the timer IntermediateEvent_SustainPeriodEnded waits for. The key worker's place is given back meanwhile
 * (a family waiting for capacity can take it); the key worker keeps sight of the family for the check.
 */
@Component("beginSustainPeriodDelegate")
class BeginSustainPeriodDelegate implements JavaDelegate {

    private final ProgrammePhases phases;
    private final KeyWorkerAllocation allocation;
    private final CaseEvents events;

    BeginSustainPeriodDelegate(ProgrammePhases phases, KeyWorkerAllocation allocation, CaseEvents events) {
        this.phases = phases;
        this.allocation = allocation;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PhaseSettings phase = phases.settingsOf(execution);
        if (!phase.hasSustainCheck()) {
            throw new IllegalStateException(phase.phase() + " has no sustain check");
        }
        LocalDate today = events.today();
        LocalDate supportEnded = SUPPORT_END_DATE.find(execution).filter(end -> end.isBefore(today)).orElse(today);
        LocalDate due = supportEnded.plus(phase.sustainPeriod());
        SUSTAIN_CHECK_DATE.set(execution, due);
        String familyRef = FAMILY_REF.require(execution);
        Optional<String> released = SystemAccess.call(() -> allocation.release(familyRef));
        events.publish(new SustainPeriodStarted(execution.getProcessInstanceId(), familyRef, today, phase.phase(), due,
                released.orElse(null), LEAD_SERVICE.get(execution)));
    }
}
