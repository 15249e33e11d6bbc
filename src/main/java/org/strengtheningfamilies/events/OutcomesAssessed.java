package org.strengtheningfamilies.events;

import java.time.LocalDate;

import org.strengtheningfamilies.outcomes.OutcomeResults;

/** The verified evidence was assessed against the outcome rules. */
public record OutcomesAssessed(String processInstanceId, String familyRef, LocalDate on, OutcomeResults results)
        implements FamilyEvent {
}
