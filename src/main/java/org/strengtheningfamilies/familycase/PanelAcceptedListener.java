package org.strengtheningfamilies.familycase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Take listener of Flow_Accepted: the panel's ACCEPT (any lead service, NFA included) identifies the family. */
@Component("panelAcceptedListener")
class PanelAcceptedListener implements ExecutionListener {

    private final CaseEvents events;

    PanelAcceptedListener(CaseEvents events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateExecution execution) {
        events.identified(execution);
    }
}
