package org.strengtheningfamilies.datamatching;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_ListPossibleMatches: every possible match still open becomes a task for the data team. */
class ListPossibleMatchesDelegate implements JavaDelegate {

    private final MatchingRepository repository;

    public ListPossibleMatchesDelegate(MatchingRepository repository) {
        this.repository = repository;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(RunVariables.POSSIBLE_MATCHES, new ArrayList<>(repository.openPossibleMatches()));
    }
}
