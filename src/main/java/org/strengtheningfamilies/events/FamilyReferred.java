package org.strengtheningfamilies.events;

import java.time.LocalDate;

/** A referral started a case; a retrospective one (a family worked with before) is identified and attached at once. */
public record FamilyReferred(String processInstanceId, String familyRef, LocalDate on, boolean retrospective,
                             String district) implements FamilyEvent {
}
