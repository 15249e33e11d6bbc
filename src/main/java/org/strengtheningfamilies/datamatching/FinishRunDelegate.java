package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.datamatching.RunVariables.*;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Task_FinishRun: the run's end and its figures, households per outcome and route. */
class FinishRunDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(FinishRunDelegate.class);

    private final IdentificationRunRepository runs;

    public FinishRunDelegate(IdentificationRunRepository runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String runId = RUN_ID.require(execution);
        runs.finish(runId);
        String summary = runs.summary(runId).stream().map(FinishRunDelegate::line).collect(Collectors.joining("; "));
        RUN_SUMMARY.set(execution, summary.isEmpty() ? "no households" : summary);
        LOG.info("identification run {} finished: {}", runId, summary);
    }

    private static String line(Map<String, Object> row) {
        Object households = row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("households"))
                .map(Map.Entry::getValue).findFirst().orElse(0);
        Object outcome = row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("outcome"))
                .map(Map.Entry::getValue).findFirst().orElse("?");
        Object route = row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("identification_route"))
                .map(Map.Entry::getValue).findFirst().orElse("?");
        return outcome + " " + route + ": " + households;
    }
}
