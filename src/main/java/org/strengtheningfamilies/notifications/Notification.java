package org.strengtheningfamilies.notifications;

import java.time.Instant;

/**
 * One e-mail in the outbox (sf_notification): whom it is for and what it is about, never family data.
 *
 * @param kind ALLOCATED (a family's key worker), HANDED_ON (a task given to someone), FOLLOW_UP (a task
 *             past its follow-up date), DIGEST (the coordinator's overdue work)
 */
record Notification(long id, Kind kind, String recipient, String processInstanceId, String caseReference,
                    String taskId, Instant createdAt, int attempts) {

    enum Kind { ALLOCATED, HANDED_ON, FOLLOW_UP, DIGEST }
}
