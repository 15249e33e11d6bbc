package org.strengtheningfamilies.payment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.strengtheningfamilies.programme.ProgrammePhase;

/** Claims as they go through audit, and the results already paid for each family. */
public interface ClaimRepository {

    /** Results of this family already recorded (approved), with what was paid for each. */
    Map<ResultType, Long> claimedPence(String familyRef);

    void savePending(String claimId, String familyRef, String processInstanceId, int programmeYear,
                     List<ClaimLine> lines);

    /** A claim made under a programme phase (its programme year is that phase's). */
    void savePending(String claimId, String familyRef, String processInstanceId, ProgrammePhase phase,
                     int programmeYear, List<ClaimLine> lines);

    /** Whether a claim for this family under this later phase was already recorded (it gets one at most). */
    boolean claimedInPhase(String familyRef, ProgrammePhase phase);

    void recordAudit(String claimId, AuditDecision decision, String reason, String auditor);

    Optional<String> claimReference(String claimId);

    /**
     * Records the approved claim under a new claim reference and marks its results as paid (a later
     * phase's claim as the family's one claim in that phase). Idempotent: recording the same claim again
     * returns the reference it already has.
     */
    String recordApproved(String claimId);
}
