package org.strengtheningfamilies.reporting;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

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
    @JsonIgnore
    public Disclosure disclosureControl() {
        return null;
    }

    @Override
    @JsonIgnore
    public Class<? extends Record> csvRowType() {
        return Year.class;
    }

    @Override
    @JsonIgnore
    public List<? extends Record> csvRows() {
        List<Year> rows = new ArrayList<>(years);
        rows.add(totals);
        return rows;
    }
}
