package org.strengtheningfamilies.events;

import java.time.LocalDate;
import java.util.List;

import org.strengtheningfamilies.programme.ProgrammePhase;

/**
 * The whole-family assessment of a later phase took place ({@code on} is its date) and confirmed the
 * family's needs, adding any it found.
 */
public record FamilyAssessed(String processInstanceId, String familyRef, LocalDate on, ProgrammePhase phase,
                             List<String> needs) implements FamilyEvent {

    public FamilyAssessed {
        needs = List.copyOf(needs);
    }
}
