package org.strengtheningfamilies.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of a family's chronology.
 *
 * @param on         the business date it happened on (the meeting's date, the plan's signing date, the
 *                   agency's date of an event; otherwise the day it was recorded)
 * @param recordedAt when the product recorded it (null for agency data, which has only dates)
 * @param category   REFERRAL, IDENTIFICATION, PANEL, ALLOCATION, CONSENT, TAF, PLAN, SUPPORT, REVIEW,
 *                   EVIDENCE, OUTCOMES, AUDIT, CLAIM, CLOSURE, or AGENCY_DATA
 * @param what       what happened, in plain words
 * @param who        who did it (a user id), "system" for the programme's own steps, or the agency
 */
public record ChronologyEntry(LocalDate on, Instant recordedAt, String category, String what, String who) {
}
