package org.strengtheningfamilies.reporting;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Claim lines by phase, programme year (the phase's) and result type: made, approved, rejected, submitted,
 * outstanding, in pounds too; of the phase asked for, or (phase null) of every phase.
 */
public record ClaimsReport(String asOf, String phase, List<Row> rows, Row totals, Disclosure disclosureControl)
        implements TabularReport {

    /** One phase's programme year and result type (or the totals: year "total", no result type). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(String phase, Object programmeYear, String resultType, Figure made, Figure approved, Figure rejected,
                      Figure submitted, Figure outstanding, Figure madeAmount, Figure approvedAmount,
                      Figure submittedAmount, Figure outstandingAmount) {
    }

    @Override
    public List<? extends Record> csvRows() {
        List<Row> lines = new ArrayList<>(rows);
        lines.add(totals);
        return lines;
    }
}
