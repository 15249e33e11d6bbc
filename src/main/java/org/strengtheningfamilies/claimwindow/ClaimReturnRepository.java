package org.strengtheningfamilies.claimwindow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The claim returns and the claims they hold (tables sf_claim_return and sf_claim). */
interface ClaimReturnRepository {

    /** The end of the latest window that produced a return. */
    Optional<LocalDate> lastWindowEnd();

    int returnsEndingOn(LocalDate windowTo);

    void create(String reference, LocalDate windowFrom, LocalDate windowTo, String processInstanceId, Instant createdAt);

    /**
     * Puts into the return every approved, recorded claim that is in no return yet and was recorded
     * before {@code recordedBefore}; a claim already in a return is never taken. Returns how many.
     */
    int gather(String reference, Instant recordedBefore);

    /** Counts and sums the return's claims and results and stores them on the return. */
    ClaimReturn total(String reference);

    /** Removes a return that holds no claim. */
    void deleteEmpty(String reference);

    Optional<ClaimReturn> find(String reference);

    /** The latest returns first, at most {@code limit}. */
    List<ClaimReturn> latest(int limit);

    List<ClaimReturnLine> lines(String reference);

    /**
     * Marks the return signed off and each of its claims submitted; false when the return was not
     * awaiting sign-off (already submitted, or unknown).
     */
    boolean markSubmitted(String reference, String signedOffBy, Instant at);
}
