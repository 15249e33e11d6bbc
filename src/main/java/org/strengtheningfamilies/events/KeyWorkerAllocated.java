package org.strengtheningfamilies.events;

import java.time.LocalDate;

import org.strengtheningfamilies.panel.LeadService;

/** A key worker of the lead service took the family's place. */
public record KeyWorkerAllocated(String processInstanceId, String familyRef, LocalDate on, String keyWorker,
                                 LeadService leadService) implements FamilyEvent {
}
