package org.strengtheningfamilies.events;

import java.time.LocalDate;
import java.util.List;

import org.strengtheningfamilies.outcomes.NeedOutcome;
import org.strengtheningfamilies.programme.ProgrammePhase;

/** A later phase's outcome verification: each identified need achieved or not. */
public record OutcomesRecorded(String processInstanceId, String familyRef, LocalDate on, ProgrammePhase phase,
                               List<NeedOutcome> needOutcomes, int needsAchieved, int needsNotAchieved)
        implements FamilyEvent {

    public OutcomesRecorded {
        needOutcomes = List.copyOf(needOutcomes);
    }
}
