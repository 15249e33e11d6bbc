package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.datamatching.RunVariables.*;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.kernel.StaffDates;

/**
 * Task_PrepareRun: the run date (given, or today) and the run id ("RUN-" + run date unless given).
 * A run started again with the same run date is the same run: its households already done are skipped.
 */
class PrepareRunDelegate implements JavaDelegate {

    private final IdentificationRunRepository runs;
    private final Clock clock;

    public PrepareRunDelegate(IdentificationRunRepository runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object given = execution.getVariable(RUN_DATE.name());
        boolean blank = given == null || given instanceof String s && s.isBlank();
        LocalDate today = LocalDate.now(clock);
        LocalDate runDate = blank ? today : RUN_DATE.convert(given);
        if (runDate.isAfter(today)) {
            throw CaseDataException.of(RUN_DATE.name(), "“" + RUN_DATE.label() + "” cannot be a day still to come (it was "
                    + StaffDates.format(runDate) + "): a run judges data that has happened. Leave it empty for today.");
        }
        String runId = RUN_ID.get(execution);
        if (runId == null) {
            runId = "RUN-" + runDate;
        } else if (runId.length() > 64) {
            throw CaseDataException.of(RUN_ID.name(), "The run's name is too long: " + runId.length()
                    + " characters, at most 64.");
        }
        RUN_DATE.set(execution, runDate);
        RUN_ID.set(execution, runId);
        HOUSEHOLD_CURSOR.set(execution, 0L);
        RECORDS_MATCHED.set(execution, 0L);
        HOUSEHOLDS_EVALUATED.set(execution, 0);
        CASES_STARTED.set(execution, 0);
        runs.start(runId, runDate, execution.getProcessInstanceId());
    }
}
