package org.strengtheningfamilies.readmodel;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the reporting read model is kept: one record per case, keyed by process instance, each step
 * with its business date. Implementations write in the caller's (the engine's) transaction.
 */
interface ReadModelStore {

    void referred(String processInstanceId, String familyRef, LocalDate on, boolean retrospective, String district);

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

    void claimed(String processInstanceId, LocalDate on);

    void closed(String processInstanceId, LocalDate on, String outcome);
}
