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
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.OutcomesAssessed;
import org.strengtheningfamilies.outcomes.OutcomeEvidence;
import org.strengtheningfamilies.outcomes.OutcomeResults;
import org.strengtheningfamilies.outcomes.OutcomeRules;

/** Task_AssessOutcomes: every result of DESIGN.md section 4 from the verified evidence. */
@Component("assessOutcomesDelegate")
class AssessOutcomesDelegate implements JavaDelegate {

    private final OutcomeRules rules;
    private final CaseEvents events;

    AssessOutcomesDelegate(OutcomeRules rules, CaseEvents events) {
        this.rules = rules;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
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
}
