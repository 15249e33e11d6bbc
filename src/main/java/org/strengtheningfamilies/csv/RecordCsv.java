package org.strengtheningfamilies.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of the product: a table of records, one line each, the columns being the
 * record's components in order, named as they are. Every cell is neutralised on the way out
 * ({@link #neutralise}), so that no value a user typed (a district, a name) runs as a formula when
 * the file is opened in a spreadsheet. Notes follow the table as {@code #} lines (the convention of
 * the project's reference CSVs).
 */
public final class RecordCsv {

    /** A value that writes itself into a CSV cell (a suppressed figure, say) rather than by toString(). */
    public interface Cell {
        String csv();
    }

    /** What spreadsheet programs take for the start of a formula (OWASP, CSV injection). */
    private static final String FORMULA_START = "=+-@\t\r";

    private RecordCsv() {
    }

    public static <R extends Record> String write(Class<R> type, List<? extends R> rows) {
        return write(type, rows, List.of());
    }

    public static <R extends Record> String write(Class<R> type, List<? extends R> rows, List<String> notes) {
        RecordComponent[] columns = type.getRecordComponents();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(Arrays.stream(columns).map(RecordComponent::getName).toArray(String[]::new)).get())) {
            for (R row : rows) {
                List<String> cells = new ArrayList<>(columns.length);
                for (RecordComponent column : columns) {
                    cells.add(neutralise(text(value(column, row))));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder csv = new StringBuilder(out.toString());
        for (String note : notes) {
            csv.append("# ").append(note.replace('\r', ' ').replace('\n', ' ')).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * A cell that a spreadsheet would read as a formula (it begins with =, +, -, @, a tab or a carriage
     * return) gets a leading apostrophe, which spreadsheets show as text. Numbers are left alone: a
     * negative amount is a number, not a formula.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_START.indexOf(cell.charAt(0)) < 0 || isNumber(cell)) {
            return cell;
        }
        return "'" + cell;
    }

    private static boolean isNumber(String cell) {
        return cell.matches("-?\\d+(\\.\\d+)?");
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Cell cell ? cell.csv() : value.toString();
    }

    private static Object value(RecordComponent column, Record row) {
        try {
            java.lang.reflect.Method accessor = column.getAccessor();
            accessor.setAccessible(true); // rows may be package-private records of their feature
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.getName() + " of " + row.getClass().getSimpleName(), e);
        }
    }
}
