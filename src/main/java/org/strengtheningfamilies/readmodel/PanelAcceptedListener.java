package org.strengtheningfamilies.readmodel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** Take listener of Flow_Accepted: the panel's ACCEPT (any lead service, NFA included) identifies the family. */
public class PanelAcceptedListener implements ExecutionListener {

    private final CaseReadModel readModel;

    public PanelAcceptedListener(CaseReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public void notify(DelegateExecution execution) {
        readModel.identified(execution);
    }
}
