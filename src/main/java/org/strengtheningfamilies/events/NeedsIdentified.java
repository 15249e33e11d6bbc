package org.strengtheningfamilies.events;

import java.time.LocalDate;
import java.util.List;

import org.strengtheningfamilies.programme.ProgrammePhase;

/**
 * A later phase's family has these needs identified: when the panel accepts the family, and again when
 * the whole-family assessment confirms or adds to them. The latest is what the family is judged on.
 */
public record NeedsIdentified(String processInstanceId, String familyRef, LocalDate on, ProgrammePhase phase,
                              List<String> needs) implements FamilyEvent {

    public NeedsIdentified {
        needs = List.copyOf(needs);
    }
}
