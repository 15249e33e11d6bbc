package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.datamatching.RunVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_EvaluateHouseholds: one batch of households after the cursor. A job of its own: if it fails
 * or the node dies, its cases, results and cursor roll back together and the job runs the batch again.
 */
class EvaluateHouseholdsDelegate implements JavaDelegate {

    private final IdentificationRun run;

    public EvaluateHouseholdsDelegate(IdentificationRun run) {
        this.run = run;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IdentificationRun.BatchResult batch = run.evaluateBatch(RUN_ID.require(execution), RUN_DATE.require(execution),
                HOUSEHOLD_CURSOR.getOrDefault(execution, 0L));
        HOUSEHOLD_CURSOR.set(execution, batch.lastHouseholdId());
        MORE_HOUSEHOLDS.set(execution, batch.more());
        HOUSEHOLDS_EVALUATED.set(execution, HOUSEHOLDS_EVALUATED.getOrDefault(execution, 0)
                + batch.households() - batch.skipped());
        CASES_STARTED.set(execution, CASES_STARTED.getOrDefault(execution, 0) + batch.casesStarted());
    }
}
