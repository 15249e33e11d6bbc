package org.strengtheningfamilies.events;

import java.time.LocalDate;

import org.strengtheningfamilies.programme.ProgrammePhase;

/** The sustain check: whether every outcome held for the sustain period after support ended. */
public record OutcomesSustained(String processInstanceId, String familyRef, LocalDate on, ProgrammePhase phase,
                                boolean sustained) implements FamilyEvent {
}
