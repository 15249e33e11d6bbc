package org.strengtheningfamilies.agencydata;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The inbox folder: a {@code .csv} dropped into {@code <sf.imports.inbox>/<dataset>/} is imported as
 * if posted to {@code /api/imports/<dataset>}, then moved to {@code done/} (imported, perhaps with
 * rejected rows) or {@code rejected/} (refused as a whole), named {@code <importId>-<file>}, beside a
 * {@code <importId>-<file>.result.json} with the same answer the REST call gives.
 *
 * <p>A file is taken only once it has not changed for {@code sf.imports.settle-time} (it may still be
 * copying), by moving it into {@code processing/}: with several nodes on one inbox, the node whose
 * move succeeds imports it, the others skip it.
 */
@Component
public class ImportInbox implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ImportInbox.class);
    static final String USER = "inbox";

    private final AgencyDataImporter importer;
    private final ImportProperties properties;
    private final Clock clock;
    private final ObjectMapper json;
    private ScheduledExecutorService executor;

    public ImportInbox(AgencyDataImporter importer, ImportProperties properties, Clock clock, ObjectMapper json) {
        this.importer = importer;
        this.properties = properties;
        this.clock = clock;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public synchronized void start() {
        if (!properties.inboxEnabled() || executor != null) {
            return;
        }
        try {
            for (AgencyDataset dataset : AgencyDataset.all()) {
                Files.createDirectories(properties.inbox().resolve(dataset.name()));
            }
        } catch (IOException e) {
            // imports over REST still work; a read-only working directory must not stop the application
            LOG.error("Import inbox {} cannot be created, so it is off (set sf.imports.inbox to a writable folder, "
                    + "or empty to turn it off): {}", properties.inbox().toAbsolutePath(), e.toString());
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sf-import-inbox");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info("Import inbox {}: a .csv in <dataset>/ is imported (datasets: {})", properties.inbox().toAbsolutePath(),
                String.join(", ", AgencyDataset.all().stream().map(AgencyDataset::name).toList()));
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException | IOException e) {
            // the next poll tries again; a broken folder must not stop the inbox for good
            LOG.warn("Import inbox {}: {}", properties.inbox().toAbsolutePath(), e.toString());
        }
    }

    /** Imports every settled file of every dataset folder; returns how many it imported or refused. */
    int poll() throws IOException {
        int taken = 0;
        for (AgencyDataset dataset : AgencyDataset.all()) {
            Path folder = properties.inbox().resolve(dataset.name());
            for (Path file : settledFiles(folder)) {
                if (Thread.currentThread().isInterrupted()) {
                    return taken;
                }
                Path claimed = claim(file, folder.resolve("processing"));
                if (claimed != null) {
                    importFile(dataset, folder, claimed, file.getFileName().toString());
                    taken++;
                }
            }
        }
        return taken;
    }

    private List<Path> settledFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        long settledBefore = clock.millis() - properties.settleTime().toMillis();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.{csv,CSV}")) {
            for (Path entry : entries) {
                try {
                    if (Files.isRegularFile(entry) && !Files.isHidden(entry)
                            && Files.getLastModifiedTime(entry).toMillis() <= settledBefore) {
                        files.add(entry);
                    }
                } catch (NoSuchFileException gone) {
                    // taken by another node meanwhile
                }
            }
        }
        files.sort(null);
        return files;
    }

    /**
     * Moves the file into processing/, under a name of its own (a file of the same name dropped
     * meanwhile must not replace it); null when another node was faster.
     */
    private static Path claim(Path file, Path processing) throws IOException {
        Files.createDirectories(processing);
        Path target = processing.resolve(java.util.UUID.randomUUID() + "-" + file.getFileName());
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException taken) {
            return null;
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the inbox must be on a file system with atomic renames", e);
        }
    }

    private void importFile(AgencyDataset dataset, Path folder, Path file, String name) throws IOException {
        Object answer;
        Path outcome;
        long importId;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            ImportResult result = importer.importCsv(dataset, in, name, USER, "INBOX");
            answer = result;
            importId = result.importId();
            outcome = folder.resolve("done");
        } catch (ImportFailedException e) {
            Map<String, Object> refused = new LinkedHashMap<>();
            refused.put("importId", e.importId());
            refused.put("dataset", e.dataset());
            refused.put("fileName", name);
            refused.put("status", "FAILED");
            refused.put("message", e.getMessage());
            refused.put("line", e.problem().line());
            refused.put("field", e.problem().field());
            answer = refused;
            importId = e.importId();
            outcome = folder.resolve("rejected");
        } catch (RuntimeException e) {
            // an internal error (database away...): leave the file where an operator sees it
            LOG.error("Import inbox: {} of {} stopped on an internal error, left in {}", name, dataset.name(),
                    file.getParent(), e);
            return;
        }
        Files.createDirectories(outcome);
        Path moved = Files.move(file, outcome.resolve(importId + "-" + name), StandardCopyOption.REPLACE_EXISTING);
        json.writeValue(outcome.resolve(moved.getFileName() + ".result.json").toFile(), answer);
        LOG.info("Import inbox: {} of {} moved to {}", name, dataset.name(), moved);
    }
}
