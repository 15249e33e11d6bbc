package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.identification.IdentificationVariables.LOCAL_FILTER_COUNT;
import static org.strengtheningfamilies.identification.IdentificationVariables.NATIONAL_CRITERIA_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.identification.IdentificationCriteria;

/** Task_AssessCriteria: the inputs of the route decision. */
@Component("assessCriteriaDelegate")
class AssessCriteriaDelegate implements JavaDelegate {

    private final IdentificationCriteria criteria;

    public AssessCriteriaDelegate(IdentificationCriteria criteria) {
        this.criteria = criteria;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IdentificationCriteria.Counts counts = criteria.count(execution.getVariables());
        NATIONAL_CRITERIA_COUNT.set(execution, counts.nationalCriteria());
        LOCAL_FILTER_COUNT.set(execution, counts.localFilters());
    }
}
