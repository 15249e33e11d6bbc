package org.strengtheningfamilies.events;

import java.time.LocalDate;

/** The family plan was signed by all (or, retrospectively, had been): {@code on} is the attachment date. */
public record FamilyAttached(String processInstanceId, String familyRef, LocalDate on) implements FamilyEvent {
}
