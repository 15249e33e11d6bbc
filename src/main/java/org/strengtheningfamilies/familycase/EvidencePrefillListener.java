package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.outcomes.OutcomeVariables.NEED_OUTCOMES;
import static org.strengtheningfamilies.referral.ReferralVariables.NEEDS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.datamatching.EvidencePrefill;
import org.strengtheningfamilies.outcomes.NeedOutcomes;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * Task_VerifyOutcomes, on create: in a later phase the form lists the case's identified needs, one row each
 * (what an earlier round recorded kept); the evidence of a family found by data matching is pre-filled from
 * agency data (2012-15's figures, or a later phase's evidence text where a need's dataset shows it). On
 * complete: every pre-filled 2012-15 figure the key worker changed is kept as a correction.
 */
@Component("evidencePrefillListener")
class EvidencePrefillListener implements TaskListener {

    private final EvidencePrefill prefill;
    private final ProgrammePhases phases;

    EvidencePrefillListener(EvidencePrefill prefill, ProgrammePhases phases) {
        this.prefill = prefill;
        this.phases = phases;
    }

    @Override
    public void notify(DelegateTask task) {
        PhaseSettings phase = phases.settingsOf(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (phase.phase().judgedByNeeds()) {
                NEED_OUTCOMES.set(task, NeedOutcomes.rowsFor(NEEDS.getOrDefault(task, List.of()),
                        NEED_OUTCOMES.getOrDefault(task, List.of()), phase));
                prefill.prefillNeeds(task, phase);
            } else {
                prefill.prefill(task);
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName()) && !phase.phase().judgedByNeeds()) {
            Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            prefill.recordCorrections(task, task.getProcessInstanceId(), user != null ? user.getUserId() : task.getAssignee());
        }
    }
}
