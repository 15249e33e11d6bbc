package org.strengtheningfamilies.agencydata;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports one CSV file into its dataset table, streaming: {@link RowReader} reads the file record by
 * record (after {@link HeaderCheck}), accepted rows are gathered into chunks of
 * {@code sf.imports.batch-size} and stored by the database's {@link ChunkWriter} on a
 * {@link BackgroundWriter} thread while the next chunk is read, and {@link ImportProgress} keeps the
 * counts. Memory therefore does not depend on the file's size (except the duplicate check,
 * {@link KeySet}). The whole file is one transaction: either every accepted row is stored, or, when the
 * file itself is wrong (headers, encoding, a runaway line), none is. A row that is wrong is rejected on
 * its own, with its line, field and reason, and never partly stored.
 */
@Service
public class AgencyDataImporter {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyDataImporter.class);

    private final DataSource dataSource;
    private final ImportLog log;
    private final ImportProperties properties;
    private final Clock clock;
    private final ChunkWriter.Factory writers;

    AgencyDataImporter(DataSource dataSource, ImportLog log, ImportProperties properties, Clock clock,
                       ChunkWriter.Factory writers) {
        this.dataSource = dataSource;
        this.log = log;
        this.properties = properties;
        this.clock = clock;
        this.writers = writers;
    }

    /**
     * Imports the file; the stream is read to its end (or to the first problem of the whole file).
     *
     * @throws ImportFailedException when the file as a whole cannot be imported: nothing was stored
     */
    public ImportResult importCsv(AgencyDataset dataset, InputStream body, String fileName, String user, String channel) {
        long importId = log.start(dataset.name(), fileName, user, channel);
        LOG.info("Import {} of {} ({}) started by {} via {}", importId, dataset.name(), fileName, user, channel);
        ImportProgress progress = new ImportProgress(importId, dataset.name(), log, properties);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                FileImport file = new FileImport(connection, dataset, importId, progress);
                String sha256;
                try {
                    sha256 = file.run(body);
                } finally {
                    file.stop();
                }
                connection.commit();
                log.finish(importId, sha256, progress.read, progress.accepted, progress.rejected, progress.changed);
                LOG.info("Import {} of {} done: {} rows read, {} accepted ({} changed), {} rejected, {} rows/s, "
                        + "{} ms of {} writing to the database", importId, dataset.name(), progress.read, progress.accepted,
                        progress.changed, progress.rejected, progress.rowsPerSecond(), progress.databaseNanos / 1_000_000,
                        progress.elapsed().toMillis());
                return new ImportResult(importId, dataset.name(), fileName, "DONE", progress.read, progress.accepted,
                        progress.rejected, progress.changed, progress.accepted - progress.changed, progress.rowsPerSecond(),
                        progress.problems, List.copyOf(file.listed));
            } catch (ImportFileException e) {
                connection.rollback();
                log.fail(importId, progress.read, e.getMessage(), new RowRejection(e.line(), e.field(), e.getMessage()));
                LOG.info("Import {} of {} refused, nothing stored: {}", importId, dataset.name(), e.getMessage());
                throw new ImportFailedException(importId, dataset.name(), e);
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                log.fail(importId, progress.read, "the import stopped on an internal error; nothing was stored ("
                        + e.getClass().getSimpleName() + ")", null);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import " + importId + " could not use the database", e);
        }
    }

    /** One file on its way in: rows gathered into chunks, handed to the writer thread with the rejections so far. */
    private final class FileImport implements RowReader.Rows {

        final AgencyDataset dataset;
        final long importId;
        final ImportProgress progress;
        final ChunkWriter writer;
        final BackgroundWriter background;
        final PreparedStatement rejectionInsert;
        final List<RowRejection> listed = new ArrayList<>();
        List<ParsedRow> chunk = new ArrayList<>();
        List<RowRejection> pendingRejections = new ArrayList<>();

        FileImport(Connection connection, AgencyDataset dataset, long importId, ImportProgress progress) throws SQLException {
            this.dataset = dataset;
            this.importId = importId;
            this.progress = progress;
            this.background = new BackgroundWriter(importId);
            this.writer = writers.open(connection, dataset, importId);
            this.rejectionInsert = connection.prepareStatement(
                    "insert into sf_import_rejection (import_id, line_number, field, reason) values (?, ?, ?, ?)");
        }

        /** Reads and stores the whole file; returns its SHA-256. */
        String run(InputStream body) throws SQLException {
            RowReader reader = new RowReader(dataset, body, properties.maxLineLength(), LocalDate.now(clock));
            reader.read(this);
            handOver();
            background.await();
            writer.finish();
            rejectionInsert.close();
            return reader.sha256Hex();
        }

        @Override
        public void accepted(ParsedRow row) throws SQLException {
            progress.accepted();
            chunk.add(row);
            if (chunk.size() == properties.batchSize()) {
                handOver();
            }
        }

        @Override
        public void rejected(List<RowRejection> problems) throws SQLException {
            progress.rejected(problems.size());
            for (RowRejection problem : problems) {
                if (listed.size() < properties.maxListedRejections()) {
                    listed.add(problem);
                }
                pendingRejections.add(problem);
            }
            if (pendingRejections.size() >= properties.batchSize()) {
                handOver();
            }
        }

        /** Gives the chunk and the rejections so far to the writer thread, once it has finished the previous ones. */
        private void handOver() throws SQLException {
            List<ParsedRow> rows = chunk;
            List<RowRejection> rejections = pendingRejections;
            background.submit(() -> {
                write(rows);
                writeRejections(rejections);
            });
            chunk = new ArrayList<>(properties.batchSize());
            pendingRejections = new ArrayList<>();
        }

        private void write(List<ParsedRow> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            long writing = System.nanoTime();
            progress.changed += writer.write(rows);
            progress.databaseNanos += System.nanoTime() - writing;
        }

        private void writeRejections(List<RowRejection> rejections) throws SQLException {
            if (rejections.isEmpty()) {
                return;
            }
            writer.yieldConnection();
            for (RowRejection rejection : rejections) {
                rejectionInsert.setLong(1, importId);
                rejectionInsert.setLong(2, rejection.line());
                rejectionInsert.setString(3, rejection.field());
                rejectionInsert.setString(4, ImportLog.truncate(rejection.reason(), 500));
                rejectionInsert.addBatch();
            }
            rejectionInsert.executeBatch();
        }

        /** After the import or its failure: the writer thread stopped, the connection free for the rollback. */
        void stop() {
            background.stop();
            writer.cancel();
        }
    }
}
