package org.strengtheningfamilies.events;

import java.time.LocalDate;

/**
 * Something that happened to a family's case, published by the family-case process (its hooks) in
 * the step's own transaction. The read model, key workers' access and capacity notifications listen;
 * a listener that fails rolls the step back. Each event carries what its listeners need, so none of
 * them reads the process.
 */
public sealed interface FamilyEvent permits FamilyReferred, FamilyIdentified, NeedsIdentified, KeyWorkerAllocated,
        FamilySteppedUp, FamilyAssessed, FamilyAttached, OutcomesAssessed, OutcomesRecorded, SustainPeriodStarted,
        OutcomesSustained, SuccessfulFamilyOutcome, ClaimRecorded, CaseClosed {

    /** The family's case (a family referred again later has another). */
    String processInstanceId();

    String familyRef();

    /** The business date it happened on (the business clock's day). */
    LocalDate on();
}
