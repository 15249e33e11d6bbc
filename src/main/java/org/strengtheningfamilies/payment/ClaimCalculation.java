package org.strengtheningfamilies.payment;

import java.util.List;

/**
 * What may be claimed now for one family.
 *
 * @param resultsSharePence the most the family's results can ever earn in its programme year
 * @param alreadyClaimedPence what earlier claims for the family already took from that share
 * @param lines what to claim now; empty when nothing is due
 */
public record ClaimCalculation(int programmeYear, long resultsSharePence, long alreadyClaimedPence,
                               List<ClaimLine> lines) {

    public ClaimCalculation {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public long totalPence() {
        return lines.stream().mapToLong(ClaimLine::amountPence).sum();
    }
}
