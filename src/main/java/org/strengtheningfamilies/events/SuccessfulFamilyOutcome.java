package org.strengtheningfamilies.events;

import java.time.LocalDate;

import org.strengtheningfamilies.programme.ProgrammePhase;

/**
 * A later phase's family succeeded by its phase's success table: the successful family outcome, which the
 * reports count as turned around.
 */
public record SuccessfulFamilyOutcome(String processInstanceId, String familyRef, LocalDate on, ProgrammePhase phase)
        implements FamilyEvent {
}
