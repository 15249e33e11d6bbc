package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.identification.IdentificationVariables.DEPENDENT_CHILD;
import static org.strengtheningfamilies.identification.IdentificationVariables.LOCAL_FILTER_COUNT;
import static org.strengtheningfamilies.identification.IdentificationVariables.NATIONAL_CRITERIA_COUNT;
import static org.strengtheningfamilies.identification.IdentificationVariables.NEED_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.identification.EligibilityInputs;
import org.strengtheningfamilies.identification.IdentificationCriteria;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * Task_AssessCriteria: the inputs of the case's phase's eligibility table. 2012-15: national criteria met
 * and local filters that apply (identification-route.dmn); the later phases: the needs counted and whether
 * the household has a dependent child today (eligibility-&lt;phase&gt;.dmn).
 */
@Component("assessCriteriaDelegate")
class AssessCriteriaDelegate implements JavaDelegate {

    private final IdentificationCriteria criteria;
    private final EligibilityInputs eligibility;
    private final ProgrammePhases phases;

    AssessCriteriaDelegate(IdentificationCriteria criteria, EligibilityInputs eligibility, ProgrammePhases phases) {
        this.criteria = criteria;
        this.eligibility = eligibility;
        this.phases = phases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PhaseSettings phase = phases.settingsOf(execution);
        if (phase.phase().judgedByNeeds()) {
            EligibilityInputs.Inputs inputs = eligibility.of(execution.getVariables(), phase);
            NEED_COUNT.set(execution, inputs.needCount());
            DEPENDENT_CHILD.set(execution, inputs.dependentChild());
            return;
        }
        IdentificationCriteria.Counts counts = criteria.count(execution.getVariables());
        NATIONAL_CRITERIA_COUNT.set(execution, counts.nationalCriteria());
        LOCAL_FILTER_COUNT.set(execution, counts.localFilters());
    }
}
