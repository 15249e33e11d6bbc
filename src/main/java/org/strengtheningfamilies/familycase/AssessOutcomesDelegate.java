package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.outcomes.OutcomeVariables.AFTER_ASB_INCIDENTS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.AFTER_YOUTH_OFFENCES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.ASB_RESULT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.BASELINE_ASB_INCIDENTS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.BASELINE_YOUTH_OFFENCES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CHILDREN_EDUCATION;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CONTINUOUS_EMPLOYMENT_RESULT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CONTINUOUS_EMPLOYMENT_WEEKS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CRIME_ASB_EDUCATION_RESULT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.EDUCATION_RESULT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.OFFENDING_RESULT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.PROGRESS_TO_WORK;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.PROGRESS_TO_WORK_RESULT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.TURNED_AROUND;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_EDUCATION;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.NEEDS_ACHIEVED;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.NEEDS_NOT_ACHIEVED;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.NEED_OUTCOMES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.OUTCOMES_SUSTAINED;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.SUCCESSFUL_FAMILY_OUTCOME;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.SUSTAIN_EVIDENCE;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;
import static org.strengtheningfamilies.referral.ReferralVariables.NEEDS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.OutcomesAssessed;
import org.strengtheningfamilies.events.OutcomesRecorded;
import org.strengtheningfamilies.outcomes.NeedOutcome;
import org.strengtheningfamilies.outcomes.NeedOutcomes;
import org.strengtheningfamilies.outcomes.OutcomeEvidence;
import org.strengtheningfamilies.outcomes.OutcomeResults;
import org.strengtheningfamilies.outcomes.OutcomeRules;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * Task_AssessOutcomes: 2012-15: every result of DESIGN.md section 4 from the verified evidence. The later
 * phases: how many identified needs were achieved and not, and (2015-20) the continuous employment route,
 * the inputs of the phase's success table; the outcome of an earlier sustain check no longer counts.
 */
@Component("assessOutcomesDelegate")
class AssessOutcomesDelegate implements JavaDelegate {

    private final OutcomeRules rules;
    private final NeedOutcomes needOutcomes;
    private final ProgrammePhases phases;
    private final CaseEvents events;

    AssessOutcomesDelegate(OutcomeRules rules, NeedOutcomes needOutcomes, ProgrammePhases phases, CaseEvents events) {
        this.rules = rules;
        this.needOutcomes = needOutcomes;
        this.phases = phases;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PhaseSettings phase = phases.settingsOf(execution);
        if (phase.phase().judgedByNeeds()) {
            assessNeeds(execution, phase);
            return;
        }
        OutcomeEvidence evidence = new OutcomeEvidence(
                CRITERION_EDUCATION.getOrDefault(execution, false),
                CHILDREN_EDUCATION.getOrDefault(execution, java.util.List.of()),
                BASELINE_ASB_INCIDENTS.require(execution),
                AFTER_ASB_INCIDENTS.require(execution),
                BASELINE_YOUTH_OFFENCES.require(execution),
                AFTER_YOUTH_OFFENCES.require(execution),
                PROGRESS_TO_WORK.getOrDefault(execution, false),
                CONTINUOUS_EMPLOYMENT_WEEKS.require(execution));
        OutcomeResults results = rules.assess(evidence);
        EDUCATION_RESULT.set(execution, results.educationResult());
        ASB_RESULT.set(execution, results.asbResult());
        OFFENDING_RESULT.set(execution, results.offendingResult());
        CRIME_ASB_EDUCATION_RESULT.set(execution, results.crimeAsbEducationResult());
        PROGRESS_TO_WORK_RESULT.set(execution, results.progressToWorkResult());
        CONTINUOUS_EMPLOYMENT_RESULT.set(execution, results.continuousEmploymentResult());
        TURNED_AROUND.set(execution, results.turnedAround());
        events.publish(new OutcomesAssessed(execution.getProcessInstanceId(), FAMILY_REF.get(execution),
                events.today(), results));
    }

    private void assessNeeds(DelegateExecution execution, PhaseSettings phase) {
        List<String> needs = NEEDS.getOrDefault(execution, List.of());
        // the rows as the product lists them (a REST client may have left out the titles)
        List<NeedOutcome> rows = NeedOutcomes.rowsFor(needs, NEED_OUTCOMES.getOrDefault(execution, List.of()), phase);
        NEED_OUTCOMES.set(execution, rows);
        NeedOutcomes.Counts counts = NeedOutcomes.count(needs, rows);
        NEEDS_ACHIEVED.set(execution, counts.achieved());
        NEEDS_NOT_ACHIEVED.set(execution, counts.notAchieved());
        if (phase.continuousEmploymentRoute()) {
            CONTINUOUS_EMPLOYMENT_RESULT.set(execution,
                    needOutcomes.continuousEmployment(CONTINUOUS_EMPLOYMENT_WEEKS.getOrDefault(execution, 0)));
        }
        if (phase.hasSustainCheck()) {
            // a sustain check of an earlier support period does not speak for this one
            OUTCOMES_SUSTAINED.set(execution, null);
            SUSTAIN_EVIDENCE.set(execution, null);
        }
        SUCCESSFUL_FAMILY_OUTCOME.set(execution, null);
        events.publish(new OutcomesRecorded(execution.getProcessInstanceId(), FAMILY_REF.get(execution), events.today(),
                phase.phase(), rows, counts.achieved(), counts.notAchieved()));
    }
}
