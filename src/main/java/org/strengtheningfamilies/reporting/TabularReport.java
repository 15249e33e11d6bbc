package org.strengtheningfamilies.reporting;

import java.util.List;

import org.strengtheningfamilies.csv.RecordCsv;

/** A report that is also one CSV table: its rows, of one record type, and the notes under them. */
public interface TabularReport {

    Disclosure disclosureControl();

    /** The record type of the CSV rows (its components are the columns). */
    Class<? extends Record> csvRowType();

    List<? extends Record> csvRows();

    @SuppressWarnings({"unchecked", "rawtypes"})
    default String csv() {
        Disclosure disclosure = disclosureControl();
        List<String> notes = disclosure != null && disclosure.applied()
                ? List.of("Disclosure control: " + disclosure.rule(), "Figures as at " + disclosure.figuresAsOf())
                : List.of();
        return RecordCsv.write((Class) csvRowType(), (List) csvRows(), notes);
    }
}
