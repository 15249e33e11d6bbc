package org.strengtheningfamilies.claimwindow;

import java.math.BigDecimal;

import org.strengtheningfamilies.reporting.Figure;

/**
 * A claim return as the coordinator and managers list it: its window, status and totals, no family.
 * For managers a return of fewer than sf.reporting.minimum-cell claims shows no counts or total
 * (disclosure control: they would tell a family's result), and the family-by-family CSV is not offered.
 */
public record ClaimReturnSummary(String reference, String windowFrom, String windowTo, String status, Figure claims,
                                 Figure results, Figure total, String createdAt, String signedOffBy, String signedOffAt,
                                 String csv) {

    static ClaimReturnSummary of(ClaimReturn r, boolean exact, int minimumCell) {
        boolean small = !exact && r.claims() > 0 && r.claims() < minimumCell;
        return new ClaimReturnSummary(r.reference(), r.windowFrom().toString(), r.windowTo().toString(), r.status(),
                Figure.of(r.claims(), small), Figure.of(r.results(), small),
                Figure.of(BigDecimal.valueOf(r.totalPence(), 2), small), r.createdAt().toString(), r.signedOffBy(),
                r.signedOffAt() == null ? null : r.signedOffAt().toString(),
                exact ? "/api/claim-returns/" + r.reference() + ".csv" : null);
    }
}
