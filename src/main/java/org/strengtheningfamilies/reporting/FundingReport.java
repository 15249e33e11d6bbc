package org.strengtheningfamilies.reporting;

import java.util.ArrayList;
import java.util.List;


/**
 * The programme funding forecast (Table 4, Appendix 4) for the parameters given: per year and in
 * total, in whole pounds. Parameters, not family data: no disclosure control.
 */
public record FundingReport(Parameters parameters, List<Year> years, Year totals) implements TabularReport {

    public record Parameters(List<Integer> actuals, String deadweight, long costPerFamily, int departmentShare,
                             List<Integer> upfront) {
    }

    /** One programme year (or the totals, year "total"). */
    public record Year(Object year, int actualFamilies, int indicativeFamilies, long councilContribution,
                       long departmentContribution, long upfrontFee, long resultsInArrears) {
    }

    @Override
    public List<? extends Record> csvRows() {
        List<Year> rows = new ArrayList<>(years);
        rows.add(totals);
        return rows;
    }
}
