package org.strengtheningfamilies.agencydata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports one CSV file into its dataset table, streaming: the file is read record by record and
 * written in chunks (JDBC batches on H2; on PostgreSQL, a first load streams every chunk through one
 * COPY into the table, later imports COPY a chunk's stored keys into a temporary table and merge them
 * with one INSERT ... ON CONFLICT), so memory does not depend on the file's size (except the
 * duplicate check, {@link KeySet}). The whole file is one transaction: either every accepted row is stored, or, when
 * the file itself is wrong (headers, encoding, a runaway line), none is. A row that is wrong is
 * rejected on its own, with its line, field and reason, and never partly stored.
 */
@Service
public class AgencyDataImporter {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyDataImporter.class);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final DataSource dataSource;
    private final ImportLog log;
    private final ImportProperties properties;
    private final Clock clock;

    public AgencyDataImporter(DataSource dataSource, ImportLog log, ImportProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.log = log;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Imports the file; the stream is read to its end (or to the first problem of the whole file).
     *
     * @throws ImportFailedException when the file as a whole cannot be imported: nothing was stored
     */
    public ImportResult importCsv(AgencyDataset dataset, InputStream body, String fileName, String user, String channel) {
        long importId = log.start(dataset.name(), fileName, user, channel);
        LOG.info("Import {} of {} ({}) started by {} via {}", importId, dataset.name(), fileName, user, channel);
        Run run = new Run(importId, dataset);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                ImportResult result;
                try {
                    result = run.execute(connection, body, fileName);
                } finally {
                    run.stopWriter();
                }
                connection.commit();
                log.finish(importId, run.sha256, run.read, run.accepted, run.rejected, run.changed);
                LOG.info("Import {} of {} done: {} rows read, {} accepted ({} changed), {} rejected, {} rows/s, "
                        + "{} ms of {} writing to the database", importId, dataset.name(), run.read, run.accepted,
                        run.changed, run.rejected, result.rowsPerSecond(), run.databaseNanos / 1_000_000,
                        (System.nanoTime() - run.started) / 1_000_000);
                return result;
            } catch (ImportFileException e) {
                connection.rollback();
                log.fail(importId, run.read, e.getMessage(), new RowRejection(e.line(), e.field(), e.getMessage()));
                LOG.info("Import {} of {} refused, nothing stored: {}", importId, dataset.name(), e.getMessage());
                throw new ImportFailedException(importId, dataset.name(), e);
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                log.fail(importId, run.read, "the import stopped on an internal error; nothing was stored ("
                        + e.getClass().getSimpleName() + ")", null);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import " + importId + " could not use the database", e);
        }
    }

    /** The state of one import while it reads its file. */
    private final class Run {

        final long importId;
        final AgencyDataset dataset;
        final long started = System.nanoTime();
        final KeySet keys = new KeySet();
        final List<RowRejection> listed = new ArrayList<>();
        List<ParsedRow> chunk = new ArrayList<>();
        List<RowRejection> pendingRejections = new ArrayList<>();
        /** Writes one chunk while the next is read: the file is parsed on one core, the database works on another. */
        final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sf-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        Future<?> inFlight;
        long read;
        long accepted;
        long rejected;
        long changed;
        long rejectionCount;
        long databaseNanos;
        long nextProgress = properties.progressEvery();
        long nextLog = properties.logEvery();
        String sha256;
        boolean postgres;
        int rowsPerStatement;
        PreparedStatement fullChunk;
        PreparedStatement rejectionInsert;
        PreparedStatement truncateStage;
        PreparedStatement existing;
        PostgresCopy copy;
        String copyIntoTable;
        String copyIntoStage;
        boolean startedEmpty;

        Run(long importId, AgencyDataset dataset) {
            this.importId = importId;
            this.dataset = dataset;
        }

        ImportResult execute(Connection connection, InputStream body, String fileName) throws SQLException {
            MessageDigest digest = sha256();
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            rowsPerStatement = properties.batchSize();
            if (postgres) {
                String stage = "sf_import_stage_" + importId;
                try (Statement statement = connection.createStatement()) {
                    statement.execute(UpsertSql.postgresStage(dataset, stage));
                }
                copy = new PostgresCopy(connection);
                copyIntoTable = UpsertSql.postgresCopy(dataset.table(), dataset);
                copyIntoStage = UpsertSql.postgresCopy(stage, dataset);
                existing = connection.prepareStatement(UpsertSql.postgresExisting(dataset));
                fullChunk = connection.prepareStatement(UpsertSql.postgresUpsert(dataset, stage));
                truncateStage = connection.prepareStatement("truncate " + stage);
                // one import of a dataset at a time: rows with new keys go straight in, which another
                // import adding the same keys at the same moment would otherwise make fail
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, KeySet.hash("sf_import " + dataset.table()));
                    lock.execute();
                }
                // The table's statistics are those from before the import (empty, the first time): the
                // planner would look the chunk's keys up by reading the whole table, which grows with
                // every chunk. The key index is always the right way here.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local enable_seqscan = off");
                    // Under the lock only this import writes the table: when it starts empty (a first
                    // load of history), every key is new and none needs looking up.
                    try (ResultSet any = statement.executeQuery("select exists (select 1 from " + dataset.table() + ")")) {
                        any.next();
                        startedEmpty = !any.getBoolean(1);
                    }
                }
            } else {
                fullChunk = connection.prepareStatement(UpsertSql.h2(dataset));
            }
            rejectionInsert = connection.prepareStatement(
                    "insert into sf_import_rejection (import_id, line_number, field, reason) values (?, ?, ?, ?)");
            LocalDate today = LocalDate.now(clock);
            CsvInputReader reader = new CsvInputReader(new DigestInputStream(body, digest), properties.maxLineLength());
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                int[] positions = header(records, reader);
                long previousEnd = parser.getCurrentLineNumber();
                while (hasNext(records, parser)) {
                    long end = parser.getCurrentLineNumber();
                    CSVRecord record = records.next();
                    long line = previousEnd + 1;
                    previousEnd = end;
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue; // an empty line, often the last one
                    }
                    read++;
                    if (record.size() != header.size()) {
                        reject(List.of(new RowRejection(line, null, "has " + record.size() + " values, the header has "
                                + header.size())));
                        continue;
                    }
                    ParsedRow row = dataset.parse(record, positions, line, today);
                    if (!row.rejected()) {
                        long first = keys.addOrLine(key(row), line);
                        if (first >= 0) {
                            row.problem(dataset.keyColumns().get(dataset.keyColumns().size() - 2),
                                    "duplicate of line " + first + " (same " + String.join(", ", dataset.keyColumns()) + ")");
                        }
                    }
                    if (row.rejected()) {
                        reject(row.problems());
                    } else {
                        accepted++;
                        chunk.add(row);
                        if (chunk.size() == rowsPerStatement) {
                            handOver();
                        }
                    }
                    if (read >= nextProgress) {
                        nextProgress += properties.progressEvery();
                        log.progress(importId, read, accepted, rejected);
                    }
                    if (read >= nextLog) {
                        nextLog += properties.logEvery();
                        LOG.info("Import {} of {}: {} rows read, {} rejected, {} rows/s", importId, dataset.name(),
                                read, rejected, rowsPerSecond());
                    }
                }
            } catch (IOException e) {
                throw new ImportFileException(reader.line(), null, "the file could not be read: " + e.getMessage());
            }
            handOver();
            awaitWriter();
            if (copy != null) {
                copy.finish();
            }
            fullChunk.close();
            rejectionInsert.close();
            if (truncateStage != null) {
                truncateStage.close();
                existing.close();
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
            return new ImportResult(importId, dataset.name(), fileName, "DONE", read, accepted, rejected, changed,
                    accepted - changed, rowsPerSecond(), rejectionCount, List.copyOf(listed));
        }

        private List<String> header = List.of();

        /** Reads the header row; the file is refused unless it names exactly the dataset's columns. */
        private int[] header(Iterator<CSVRecord> records, CsvInputReader reader) {
            CSVRecord first = null;
            while (hasNext(records, null)) {
                CSVRecord record = records.next();
                if (!(record.size() == 1 && record.get(0).isBlank())) {
                    first = record;
                    break;
                }
            }
            if (first == null) {
                throw new ImportFileException(0, null, "the file is empty (expected a header row: "
                        + String.join(",", dataset.headers()) + ")");
            }
            List<String> names = new ArrayList<>();
            for (String name : first) {
                names.add(name.strip().toLowerCase(Locale.ROOT));
            }
            long line = 1;
            if (names.size() == 1) {
                String only = names.get(0);
                for (Map.Entry<String, String> delimiter : Map.of(";", "semicolons", "\t", "tabs", "|", "vertical bars").entrySet()) {
                    if (only.contains(delimiter.getKey())) {
                        throw new ImportFileException(line, null, "the header is separated by " + delimiter.getValue()
                                + ", not commas: save the file as CSV (comma delimited)");
                    }
                }
            }
            Set<String> seen = new LinkedHashSet<>();
            List<String> duplicates = new ArrayList<>();
            for (String name : names) {
                if (!seen.add(name)) {
                    duplicates.add(name);
                }
            }
            List<String> expected = dataset.headers();
            List<String> unknown = names.stream().filter(n -> !expected.contains(n)).toList();
            List<String> missing = dataset.fields().stream().filter(f -> !f.headerOptional())
                    .map(Field::header).filter(h -> !seen.contains(h)).toList();
            List<String> problems = new ArrayList<>();
            if (!missing.isEmpty()) {
                problems.add("missing header" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
            }
            if (!unknown.isEmpty()) {
                problems.add("unknown header" + (unknown.size() > 1 ? "s " : " ")
                        + String.join(", ", unknown.stream().map(Values::clip).toList()));
            }
            if (!duplicates.isEmpty()) {
                problems.add("header" + (duplicates.size() > 1 ? "s " : " ") + String.join(", ", duplicates) + " twice");
            }
            if (!problems.isEmpty()) {
                String field = !missing.isEmpty() ? missing.get(0) : !unknown.isEmpty() ? Values.clip(unknown.get(0)) : duplicates.get(0);
                throw new ImportFileException(line, field, String.join("; ", problems) + " (the " + dataset.name()
                        + " file has the headers " + String.join(",", expected) + ")");
            }
            header = names;
            int[] positions = new int[dataset.fields().size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = names.indexOf(dataset.fields().get(i).header());
            }
            return positions;
        }

        /** The parser's own complaints (a quote in the wrong place...) concern the whole file. */
        private boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
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

        private void reject(List<RowRejection> problems) throws SQLException {
            rejected++;
            for (RowRejection problem : problems) {
                rejectionCount++;
                if (listed.size() < properties.maxListedRejections()) {
                    listed.add(problem);
                }
                pendingRejections.add(problem);
            }
            if (pendingRejections.size() >= properties.batchSize()) {
                handOver();
            }
        }

        /** Gives the chunk and the rejections so far to the writer, once it has finished the previous ones. */
        private void handOver() throws SQLException {
            awaitWriter();
            List<ParsedRow> rows = chunk;
            List<RowRejection> rejections = pendingRejections;
            chunk = new ArrayList<>(rowsPerStatement);
            pendingRejections = new ArrayList<>();
            inFlight = writer.submit(() -> {
                writeChunk(rows);
                writeRejections(rejections);
                return null;
            });
        }

        /** Waits for the chunk being written; its failure is the import's failure. */
        private void awaitWriter() throws SQLException {
            if (inFlight == null) {
                return;
            }
            try {
                inFlight.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import " + importId + " interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                inFlight = null;
            }
        }

        /** After a failure: the connection is free again for the rollback once the writer has stopped. */
        void stopWriter() {
            try {
                if (inFlight != null) {
                    inFlight.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException ignored) {
                // the reader's own failure is the one reported
            } finally {
                writer.shutdownNow();
                if (copy != null) {
                    copy.cancel();
                }
            }
        }

        private void writeRejections(List<RowRejection> rejections) throws SQLException {
            if (rejections.isEmpty()) {
                return;
            }
            if (copy != null) {
                copy.finish(); // the connection is the COPY's until it ends
            }
            for (RowRejection rejection : rejections) {
                rejectionInsert.setLong(1, importId);
                rejectionInsert.setLong(2, rejection.line());
                rejectionInsert.setString(3, rejection.field());
                rejectionInsert.setString(4, ImportLog.truncate(rejection.reason(), 500));
                rejectionInsert.addBatch();
            }
            rejectionInsert.executeBatch();
        }

        private void writeChunk(List<ParsedRow> chunk) throws SQLException {
            if (chunk.isEmpty()) {
                return;
            }
            long writing = System.nanoTime();
            if (postgres) {
                writePostgres(chunk);
            } else {
                for (ParsedRow row : chunk) {
                    bind(fullChunk, row, 1);
                    fullChunk.addBatch();
                }
                for (int count : fullChunk.executeBatch()) {
                    changed += Math.max(count, 0);
                }
            }
            databaseNanos += System.nanoTime() - writing;
        }

        /**
         * Rows whose keys are new are copied straight into the table (a first import is then little
         * more than COPY); the others are copied into the temporary table and merged from there.
         */
        private void writePostgres(List<ParsedRow> chunk) throws SQLException {
            if (startedEmpty) {
                copy.stream(copyIntoTable, importId, chunk);
                changed += chunk.size();
                return;
            }
            List<String> keys = dataset.keyColumns();
            for (int k = 0; k < keys.size(); k++) {
                String[] values = new String[chunk.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (String) chunk.get(i).get(keys.get(k));
                }
                existing.setArray(k + 1, existing.getConnection().createArrayOf("varchar", values));
            }
            boolean[] stored = new boolean[chunk.size()];
            int storedCount = 0;
            try (ResultSet positions = existing.executeQuery()) {
                while (positions.next()) {
                    stored[positions.getInt(1) - 1] = true;
                    storedCount++;
                }
            }
            if (storedCount == 0) {
                copy.copy(copyIntoTable, importId, chunk);
                changed += chunk.size();
                return;
            }
            List<ParsedRow> fresh = new ArrayList<>(chunk.size() - storedCount);
            List<ParsedRow> known = new ArrayList<>(storedCount);
            for (int i = 0; i < stored.length; i++) {
                (stored[i] ? known : fresh).add(chunk.get(i));
            }
            if (!fresh.isEmpty()) {
                copy.copy(copyIntoTable, importId, fresh);
                changed += fresh.size();
            }
            copy.copy(copyIntoStage, importId, known);
            changed += fullChunk.executeUpdate();
            truncateStage.executeUpdate();
        }

        private int bind(PreparedStatement statement, ParsedRow row, int parameter) throws SQLException {
            statement.setLong(parameter++, importId);
            for (int i = 0; i < row.values.length; i++) {
                Object value = row.values[i];
                if (value == null) {
                    statement.setNull(parameter++, dataset.sqlType(i));
                } else {
                    statement.setObject(parameter++, value);
                }
            }
            return parameter;
        }

        private long rowsPerSecond() {
            return ImportStatus.rowsPerSecond(read, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
