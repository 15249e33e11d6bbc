package org.strengtheningfamilies.events;

import java.time.LocalDate;

import org.strengtheningfamilies.panel.LeadService;

/**
 * The family's case ended (any end event, or deleted in Cockpit): the family no longer has a live case.
 *
 * @param outcome           how it ended (caseOutcome, CANCELLED when deleted)
 * @param releasedKeyWorker who held the family's place until now, or null when nobody did
 * @param leadService       the lead service at the end, or null when the panel never chose one
 * @param keyWorker         the family's key worker at the end, whose sight of the case goes; they may have
 *                          given the place back before (a sustain period), so not always releasedKeyWorker
 */
public record CaseClosed(String processInstanceId, String familyRef, LocalDate on, String outcome,
                         String releasedKeyWorker, LeadService leadService, String keyWorker) implements FamilyEvent {
}
