package org.strengtheningfamilies.allocation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.strengtheningfamilies.panel.LeadService;

/**
 * Live cases and the places key workers hold. Implementations must make {@link #register} and
 * {@link #tryTakePlace} safe under concurrency in the database itself, not by check-then-act.
 */
public interface CaseloadRepository {

    /** Records a live case; false when the family already has one. */
    boolean register(String familyRef, String processInstanceId);

    boolean isLive(String familyRef);

    /** Ends the live case (and releases any place it held). */
    void close(String familyRef);

    Optional<String> placeHolder(String familyRef);

    /** Records the date the family plan was signed (or the historical one, when retrospective). */
    void recordAttachment(String familyRef, java.time.LocalDate attachmentDate);

    /** The programme phase the live case was referred under (sf_live_case.programme_phase), kept to its end. */
    void recordPhase(String familyRef, String programmePhase);

    Optional<String> phase(String familyRef);

    Optional<java.time.LocalDate> attachmentDate(String familyRef);

    /** Gives the family a place with the key worker if they hold fewer than {@code cap}; atomic. */
    boolean tryTakePlace(String keyWorker, String familyRef, LeadService leadService, int cap);

    /** Releases the family's place; returns the key worker who held it. */
    Optional<String> releasePlace(String familyRef);

    Map<String, Integer> liveFamilies(Collection<String> keyWorkers);

    void markAwaitingCapacity(String familyRef, LeadService leadService);

    void clearAwaitingCapacity(String familyRef);

    /** The family that has waited longest for a key worker of this lead service. */
    Optional<String> longestWaiting(LeadService leadService);
}
