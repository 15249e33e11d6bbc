package org.strengtheningfamilies.familycase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.readmodel.CaseReadModel;

/** Take listener of Flow_Accepted: the panel's ACCEPT (any lead service, NFA included) identifies the family. */
@Component("panelAcceptedListener")
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
