package org.strengtheningfamilies.agencydata;

import java.util.ArrayList;
import java.util.List;

/** One CSV row on its way into a dataset table: the column values, or why it cannot be stored. */
final class ParsedRow {

    private final AgencyDataset dataset;
    final long line;
    final Object[] values;
    private List<RowRejection> problems;

    ParsedRow(AgencyDataset dataset, long line) {
        this.dataset = dataset;
        this.line = line;
        this.values = new Object[dataset.columns().size()];
    }

    Object get(String column) {
        return values[dataset.indexOf(column)];
    }

    void set(String column, Object value) {
        values[dataset.indexOf(column)] = value;
    }

    void problem(String field, String reason) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        problems.add(new RowRejection(line, field, reason));
    }

    boolean rejected() {
        return problems != null;
    }

    List<RowRejection> problems() {
        return problems == null ? List.of() : problems;
    }
}
