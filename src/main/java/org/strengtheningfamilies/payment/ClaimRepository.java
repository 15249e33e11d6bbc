package org.strengtheningfamilies.payment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Claims as they go through audit, and the results already paid for each family. */
public interface ClaimRepository {

    /** Results of this family already recorded (approved), with what was paid for each. */
    Map<ResultType, Long> claimedPence(String familyRef);

    void savePending(String claimId, String familyRef, String processInstanceId, int programmeYear,
                     List<ClaimLine> lines);

    void recordAudit(String claimId, AuditDecision decision, String reason, String auditor);

    Optional<String> claimReference(String claimId);

    /**
     * Records the approved claim under a new claim reference and marks its results as paid.
     * Idempotent: recording the same claim again returns the reference it already has.
     */
    String recordApproved(String claimId);
}
