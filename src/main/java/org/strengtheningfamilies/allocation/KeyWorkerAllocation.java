package org.strengtheningfamilies.allocation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.strengtheningfamilies.panel.LeadService;

/**
 * Gives a family a key worker of its lead service: the least-loaded worker below the cap, ties
 * broken by user id so that allocation is repeatable. When nobody has a free place the family is
 * marked as waiting; the cap is never exceeded because the place is taken by an atomic update.
 */
public class KeyWorkerAllocation {

    private final CaseloadRepository caseload;
    private final KeyWorkerDirectory directory;
    private final int cap;

    public KeyWorkerAllocation(CaseloadRepository caseload, KeyWorkerDirectory directory, int cap) {
        this.caseload = caseload;
        this.directory = directory;
        this.cap = cap;
    }

    public int cap() {
        return cap;
    }

    /** The key worker now holding the family's place, or empty when the family must wait. */
    public Optional<String> allocate(String familyRef, LeadService leadService) {
        List<String> team = directory.members(leadService.teamGroup());
        Optional<String> holder = caseload.placeHolder(familyRef);
        if (holder.isPresent()) {
            if (team.contains(holder.get())) {
                caseload.clearAwaitingCapacity(familyRef);
                return holder;
            }
            // the lead service changed (a step-up): the old team's place is given back first
            caseload.releasePlace(familyRef);
        }
        Map<String, Integer> load = caseload.liveFamilies(team);
        List<String> candidates = team.stream()
                .filter(worker -> load.getOrDefault(worker, 0) < cap)
                .sorted(Comparator.<String>comparingInt(worker -> load.getOrDefault(worker, 0))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (String worker : candidates) {
            if (caseload.tryTakePlace(worker, familyRef, leadService, cap)) {
                caseload.clearAwaitingCapacity(familyRef);
                return Optional.of(worker);
            }
        }
        caseload.markAwaitingCapacity(familyRef, leadService);
        return Optional.empty();
    }

    /** Gives the family's place back; returns who held it. */
    public Optional<String> release(String familyRef) {
        return caseload.releasePlace(familyRef);
    }
}
