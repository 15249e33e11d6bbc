package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.datamatching.RunVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_MatchRecords: one batch of unmatched records (a job of its own, so one transaction). */
class MatchRecordsDelegate implements JavaDelegate {

    private final DataMatching matching;
    private final int batchSize;

    public MatchRecordsDelegate(DataMatching matching, int batchSize) {
        this.matching = matching;
        this.batchSize = batchSize;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DataMatching.BatchResult result = matching.matchBatch(batchSize);
        MORE_TO_MATCH.set(execution, result.more());
        RECORDS_MATCHED.set(execution, RECORDS_MATCHED.getOrDefault(execution, 0L) + result.records());
    }
}
