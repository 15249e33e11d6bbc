package org.strengtheningfamilies.familyplan;

import java.time.LocalDate;

/** A SMART action of the family plan: what, who, by when, how measured. */
public record PlanAction(String action, String owner, LocalDate dueDate, String measure) {
}
