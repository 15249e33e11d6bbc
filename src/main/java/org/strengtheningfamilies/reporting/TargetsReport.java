package org.strengtheningfamilies.reporting;

import java.util.ArrayList;
import java.util.List;


/** Table 1: per programme year the target, the indicative families and the progress, with totals. */
public record TargetsReport(String asOf, String authority, List<Year> years, Year totals, Disclosure disclosureControl)
        implements TabularReport {

    /** One programme year (or the totals, year "total"). */
    public record Year(Object year, String from, String to, long targetFamilies, long indicativeFamilies,
                       Figure identified, Figure workedWith, Figure attached, Figure turnedAround) {
    }

    @Override
    public List<? extends Record> csvRows() {
        List<Year> rows = new ArrayList<>(years);
        rows.add(totals);
        return rows;
    }
}
