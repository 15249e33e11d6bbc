package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.assessment.AssessmentVariables.ASSESSMENT_DATE;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.referral.ReferralVariables.NEEDS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.FamilyAssessed;
import org.strengtheningfamilies.events.NeedsIdentified;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * Complete listener of Task_AssessFamily (after the task's data rule): the assessment took place, and the
 * needs it confirmed are the ones the family will be judged on.
 */
@Component("familyAssessedListener")
class FamilyAssessedListener implements TaskListener {

    private final CaseEvents events;
    private final ProgrammePhases phases;

    FamilyAssessedListener(CaseEvents events, ProgrammePhases phases) {
        this.events = events;
        this.phases = phases;
    }

    @Override
    public void notify(DelegateTask task) {
        ProgrammePhase phase = phases.phaseOf(task);
        String familyRef = FAMILY_REF.require(task);
        List<String> needs = NEEDS.getOrDefault(task, List.of());
        events.publish(new FamilyAssessed(task.getProcessInstanceId(), familyRef, ASSESSMENT_DATE.require(task), phase,
                needs));
        events.publish(new NeedsIdentified(task.getProcessInstanceId(), familyRef, events.today(), phase, needs));
    }
}
