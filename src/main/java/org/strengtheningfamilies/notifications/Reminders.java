package org.strengtheningfamilies.notifications;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.strengtheningfamilies.events.KeyWorkerAllocated;
import org.strengtheningfamilies.events.TaskAssigned;
import org.strengtheningfamilies.events.TaskOpened;

/**
 * Who is told what, as it happens: a key worker when a family is allocated to them (the family event),
 * with the first task they get with it; anyone a task is handed on to (claiming a task for oneself is
 * not). The e-mails go into the outbox in the step's transaction and are sent after it, so a failing
 * SMTP server never holds up or rolls back a step.
 */
class Reminders {

    private final NotificationOutbox outbox;
    private final Clock clock;

    Reminders(NotificationOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    public void on(KeyWorkerAllocated allocated) {
        outbox.add(Notification.Kind.ALLOCATED, allocated.keyWorker(), "ALLOCATED:" + allocated.processInstanceId()
                        + ":" + allocated.keyWorker() + ":" + clock.millis(), allocated.processInstanceId(),
                allocated.familyRef(), null, clock.instant());
    }

    @EventListener
    public void on(TaskOpened opened) {
        if (opened.assignee() != null) {
            outbox.nameFirstTask(opened.processInstanceId(), opened.assignee(), opened.taskId());
        }
    }

    @EventListener
    public void on(TaskAssigned assigned) {
        if (assigned.handedOn()) {
            outbox.add(Notification.Kind.HANDED_ON, assigned.assignee(), "HANDED_ON:" + assigned.taskId() + ":"
                    + assigned.assignee() + ":" + assigned.at().toEpochMilli(), assigned.processInstanceId(), null,
                    assigned.taskId(), clock.instant());
        }
    }
}
