package org.strengtheningfamilies.events;

import java.time.LocalDate;

import org.strengtheningfamilies.programme.ProgrammePhase;

/**
 * A referral started a case under a programme phase, which it keeps to its end; a retrospective one (a
 * family worked with before) is identified and attached at once.
 */
public record FamilyReferred(String processInstanceId, String familyRef, LocalDate on, boolean retrospective,
                             String district, ProgrammePhase phase) implements FamilyEvent {
}
