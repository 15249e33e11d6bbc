package org.strengtheningfamilies.agencydata;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One import's writer thread: it writes one chunk while the importing thread reads and checks the
 * next, so the file is parsed on one core while the database works on another. At most one piece of
 * work is in flight; its failure becomes the import's failure when the importer next hands over.
 */
final class BackgroundWriter {

    /** Work on the import's connection. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    private final long importId;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread writer = new Thread(runnable, "sf-import-writer");
        writer.setDaemon(true);
        return writer;
    });
    private Future<?> inFlight;

    BackgroundWriter(long importId) {
        this.importId = importId;
    }

    /** Waits for the previous work, then starts {@code work}. */
    void submit(Work work) throws SQLException {
        await();
        inFlight = thread.submit(() -> {
            work.run();
            return null;
        });
    }

    /** Waits for the work in flight; its failure is rethrown here. */
    void await() throws SQLException {
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

    /** After the import, or its failure: the connection is free again (for the rollback) once this returns. */
    void stop() {
        try {
            if (inFlight != null) {
                inFlight.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // the reader's own failure is the one reported
        } finally {
            inFlight = null;
            thread.shutdownNow();
        }
    }
}
