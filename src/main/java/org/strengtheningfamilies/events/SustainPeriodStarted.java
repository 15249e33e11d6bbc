package org.strengtheningfamilies.events;

import java.time.LocalDate;

import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.programme.ProgrammePhase;

/**
 * Support has ended with every need achieved, and the case waits the sustain period before the sustain
 * check ({@code checkDue}). The key worker's place is given back meanwhile, so another family can take it;
 * the key worker keeps sight of the family for the check.
 *
 * @param releasedKeyWorker who held the family's place until now, or null when nobody did
 */
public record SustainPeriodStarted(String processInstanceId, String familyRef, LocalDate on, ProgrammePhase phase,
                                   LocalDate checkDue, String releasedKeyWorker, LeadService leadService)
        implements FamilyEvent {
}
