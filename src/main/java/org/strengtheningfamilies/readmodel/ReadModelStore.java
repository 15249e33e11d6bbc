package org.strengtheningfamilies.readmodel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.strengtheningfamilies.programme.ProgrammePhase;

/**
 * Where the reporting read model is kept: one record per case, keyed by process instance, each step
 * with its business date. Implementations write in the caller's (the engine's) transaction.
 */
interface ReadModelStore {

    /** A case started under its programme phase, which every later row of the case is counted under. */
    void referred(String processInstanceId, String familyRef, LocalDate on, boolean retrospective, String district,
                  ProgrammePhase phase);

    /** The phase the case was referred under (2012-15 for a case from before the read model knew phases). */
    ProgrammePhase phaseOf(String processInstanceId);

    /**
     * The family is identified: accepted by the panel (NFA included) or referred retrospectively.
     * Replaces any young people and presenting issues recorded before (a case is identified once).
     */
    void identified(String processInstanceId, String familyRef, LocalDate on, String district, String route,
                    String leadService, Integer needLevel, List<YoungPerson> youngPeople, List<String> presentingIssues);

    /** A later lead service (a step-up); the one before is kept for reports as at an earlier date. */
    void leadServiceChanged(String processInstanceId, LocalDate on, String leadService, Integer needLevel);

    void allocated(String processInstanceId, LocalDate on);

    void attached(String processInstanceId, LocalDate attachedOn, Integer programmeYear);

    void turnedAround(String processInstanceId, LocalDate on);

    /**
     * A later phase's needs the family is judged on, as now identified: needs no longer listed go (unless
     * their outcome is recorded), new ones are dated {@code on}, those listed before keep their first date.
     */
    void needsIdentified(String processInstanceId, LocalDate on, List<String> needs);

    void assessed(String processInstanceId, LocalDate on);

    /** Each need's outcome at verification (ACHIEVED / NOT_ACHIEVED), dated {@code on}. */
    void needOutcomes(String processInstanceId, LocalDate on, Map<String, String> outcomeByNeed);

    void sustainPeriodStarted(String processInstanceId, LocalDate on);

    void sustainChecked(String processInstanceId, LocalDate on, boolean sustained);

    void claimed(String processInstanceId, LocalDate on);

    void closed(String processInstanceId, LocalDate on, String outcome);
}
