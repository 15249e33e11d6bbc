package org.strengtheningfamilies.security;

import java.util.List;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine writes an attachment's name into the user operation log, which managers read as the
 * audit trail ("who changed what, when"). A name such as "Lee's child protection plan" is family
 * data; the log keeps that an attachment was added, by whom and when, and the attachment itself
 * keeps its name for those who may read it (FamilyRecordGuard). Runs before the handler that
 * writes history to the database.
 */
class AttachmentNamesOutOfTheLog implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof UserOperationLogEntryEventEntity entry && EntityTypes.ATTACHMENT.equals(entry.getEntityType())
                && "name".equals(entry.getProperty())) {
            entry.setOrgValue(null);
            entry.setNewValue(null);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
