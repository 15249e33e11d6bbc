package org.strengtheningfamilies.identification;

import static org.strengtheningfamilies.familycase.FamilyCaseVariables.LOCAL_FILTER_COUNT;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.NATIONAL_CRITERIA_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AssessCriteria: the inputs of the route decision. */
@Component("assessCriteriaDelegate")
public class AssessCriteriaDelegate implements JavaDelegate {

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
