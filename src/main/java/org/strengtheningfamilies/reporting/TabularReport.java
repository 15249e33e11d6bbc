package org.strengtheningfamilies.reporting;

import java.util.List;

import org.strengtheningfamilies.csv.RecordCsv;

/**
 * A report that is also one CSV table: its rows, all of one record type (whose components are the
 * columns; every report has at least one row, its totals), and its disclosure control, said in the
 * notes under the table.
 */
public interface TabularReport {

    /** What the report says of its disclosure control; none for reports of parameters (funding). */
    default Disclosure disclosureControl() {
        return null;
    }

    List<? extends Record> csvRows();

    @SuppressWarnings({"unchecked", "rawtypes"})
    default String csv() {
        List<? extends Record> rows = csvRows();
        Disclosure disclosure = disclosureControl();
        List<String> notes = disclosure != null && disclosure.applied()
                ? List.of("Disclosure control: " + disclosure.rule(), "Figures as at " + disclosure.figuresAsOf())
                : List.of();
        return RecordCsv.write((Class) rows.get(0).getClass(), (List) rows, notes);
    }
}
