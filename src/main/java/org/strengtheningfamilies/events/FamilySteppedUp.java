package org.strengtheningfamilies.events;

import java.time.LocalDate;

import org.strengtheningfamilies.panel.LeadService;

/**
 * The family was stepped up: its lead service changed (to Children's Social Care at level 4) and the
 * place it held with its key worker of the previous service was given back.
 *
 * @param releasedKeyWorker who held the family's place until now, or null when nobody did
 */
public record FamilySteppedUp(String processInstanceId, String familyRef, LocalDate on, LeadService previousLeadService,
                              String releasedKeyWorker, LeadService leadService, int needLevel) implements FamilyEvent {
}
