package org.strengtheningfamilies.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A later phase's funding forecast (payment.PhaseFundingForecast) for the families committed and expected to
 * succeed: per programme year of the phase and in total, in pounds. Parameters, not family data: no
 * disclosure control.
 *
 * @param note what the forecast leaves out, in plain words (outcomes only: no results money), or null
 */
public record PhaseFundingReport(String phase, String title, Parameters parameters, List<Year> years, Year totals,
                                 String note) implements TabularReport {

    /** @param attachmentFee the upfront fee per family committed; {@code claimAmount} the results claim per success */
    public record Parameters(List<Integer> committed, List<Integer> expectedSuccesses, BigDecimal attachmentFee,
                             BigDecimal claimAmount) {
    }

    /** One programme year of the phase (or the totals, year "total"). */
    public record Year(Object year, String from, String to, int familiesCommitted, int expectedSuccesses,
                       BigDecimal attachmentFees, BigDecimal resultsPayments, BigDecimal total) {
    }

    @Override
    public List<? extends Record> csvRows() {
        List<Year> rows = new ArrayList<>(years);
        rows.add(totals);
        return rows;
    }
}
