package org.strengtheningfamilies.agencydata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one dataset file record by record, never the whole of it: checks the header
 * ({@link HeaderCheck}), skips empty lines, parses each row into the dataset's columns with its line
 * number, and rejects a row whose key (record and period) an earlier line already had. What is wrong
 * with the file as a whole (encoding, a runaway line, broken quoting) ends the reading with an
 * {@link ImportFileException}; what is wrong with a row is that row's rejection.
 */
final class RowReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** Where the rows go, in file order. */
    interface Rows {
        void accepted(ParsedRow row) throws SQLException;

        void rejected(List<RowRejection> problems) throws SQLException;
    }

    private final AgencyDataset dataset;
    private final MessageDigest digest = sha256();
    private final CsvInputReader reader;
    private final LocalDate today;
    private final KeySet keys = new KeySet();

    RowReader(AgencyDataset dataset, InputStream body, int maxLineLength, LocalDate today) {
        this.dataset = dataset;
        this.reader = new CsvInputReader(new DigestInputStream(body, digest), maxLineLength);
        this.today = today;
    }

    /** Reads the file to its end, handing each row on. */
    void read(Rows rows) throws SQLException {
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            HeaderCheck.Columns header = HeaderCheck.check(dataset, firstRecord(records));
            long previousEnd = parser.getCurrentLineNumber();
            while (hasNext(records, parser)) {
                long end = parser.getCurrentLineNumber();
                CSVRecord record = records.next();
                long line = previousEnd + 1;
                previousEnd = end;
                if (blank(record)) {
                    continue; // an empty line, often the last one
                }
                if (record.size() != header.names().size()) {
                    rows.rejected(List.of(new RowRejection(line, null, "has " + record.size() + " values, the header has "
                            + header.names().size())));
                    continue;
                }
                ParsedRow row = dataset.parse(record, header.positions(), line, today);
                if (!row.rejected()) {
                    long first = keys.addOrLine(key(row), line);
                    if (first >= 0) {
                        row.problem(dataset.keyColumns().get(dataset.keyColumns().size() - 2),
                                "duplicate of line " + first + " (same " + String.join(", ", dataset.keyColumns()) + ")");
                    }
                }
                if (row.rejected()) {
                    rows.rejected(row.problems());
                } else {
                    rows.accepted(row);
                }
            }
        } catch (IOException e) {
            throw new ImportFileException(reader.line(), null, "the file could not be read: " + e.getMessage());
        }
    }

    /** The SHA-256 of the bytes read, once the file has been read. */
    String sha256Hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private CSVRecord firstRecord(Iterator<CSVRecord> records) {
        while (hasNext(records, null)) {
            CSVRecord record = records.next();
            if (!blank(record)) {
                return record;
            }
        }
        throw new ImportFileException(0, null, "the file is empty (expected a header row: "
                + String.join(",", dataset.headers()) + ")");
    }

    private static boolean blank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    /** The parser's own complaints (a quote in the wrong place...) concern the whole file. */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof ImportFileException problem) {
                throw problem;
            }
            long line = parser == null ? 1 : parser.getCurrentLineNumber() + 1;
            String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new ImportFileException(line, null, "the file is not valid CSV near line " + line + ": " + message);
        }
    }

    private String key(ParsedRow row) {
        StringBuilder key = new StringBuilder();
        for (String column : dataset.keyColumns()) {
            key.append(row.get(column)).append('\u0000');
        }
        return key.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
