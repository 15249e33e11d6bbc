package org.strengtheningfamilies.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV of a list of records: a header of the record's component names, a line per record. A cell a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is written as text.
 * (The product's one CSV writer; issue 10 brings the reports onto it.)
 */
public final class RecordCsv {

    private RecordCsv() {
    }

    public static <R extends Record> String write(Class<R> type, List<? extends R> rows) {
        RecordComponent[] columns = type.getRecordComponents();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(Arrays.stream(columns).map(RecordComponent::getName).toArray(String[]::new)).get())) {
            for (R row : rows) {
                Object[] cells = new Object[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    cells[i] = neutralise(cell(columns[i], row));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String neutralise(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("-?\\d+(\\.\\d+)?")) {
            return cell;
        }
        return "'" + cell;
    }

    private static String cell(RecordComponent column, Record row) {
        try {
            Object value = column.getAccessor().invoke(row);
            return value == null ? "" : value.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + column.getName(), e);
        }
    }
}
