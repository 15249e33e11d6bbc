package org.strengtheningfamilies.agencydata;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counts of one import as it runs: rows read, accepted, rejected and changed. Every
 * {@code sf.imports.progress-every} rows they go into the import's status row (what
 * {@code GET /api/imports/{id}} answers while it runs), every {@code log-every} rows into the log.
 */
final class ImportProgress {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyDataImporter.class);

    private final long importId;
    private final String dataset;
    private final ImportLog log;
    private final ImportProperties properties;
    private final long started = System.nanoTime();
    private long nextProgress;
    private long nextLog;
    long read;
    long accepted;
    long rejected;
    /** Rows new or changed; counted by the writer thread, read after it has finished. */
    long changed;
    /** Problems recorded, several per row at times. */
    long problems;
    /** Time spent writing to the database, by the writer thread. */
    long databaseNanos;

    ImportProgress(long importId, String dataset, ImportLog log, ImportProperties properties) {
        this.importId = importId;
        this.dataset = dataset;
        this.log = log;
        this.properties = properties;
        this.nextProgress = properties.progressEvery();
        this.nextLog = properties.logEvery();
    }

    void accepted() {
        read++;
        accepted++;
        reported();
    }

    void rejected(int problemCount) {
        read++;
        rejected++;
        problems += problemCount;
        reported();
    }

    private void reported() {
        if (read >= nextProgress) {
            nextProgress += properties.progressEvery();
            log.progress(importId, read, accepted, rejected);
        }
        if (read >= nextLog) {
            nextLog += properties.logEvery();
            LOG.info("Import {} of {}: {} rows read, {} rejected, {} rows/s", importId, dataset, read, rejected,
                    rowsPerSecond());
        }
    }

    long rowsPerSecond() {
        return ImportStatus.rowsPerSecond(read, elapsed());
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
