package org.strengtheningfamilies.events;

import java.time.LocalDate;

/** A claim approved by internal audit was recorded under its claim reference. */
public record ClaimRecorded(String processInstanceId, String familyRef, LocalDate on, String claimReference)
        implements FamilyEvent {
}
