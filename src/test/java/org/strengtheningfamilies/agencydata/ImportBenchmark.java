package org.strengtheningfamilies.agencydata;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Not a test: figures. Generates a school file of {@code -Dbenchmark.rows} rows (default 1,000,000),
 * imports it on embedded PostgreSQL through the product's streaming import ({@link AgencyDataImporter},
 * the code behind {@code POST /api/imports/schools} and the inbox), imports it again (every row
 * unchanged), and loads the same file with PostgreSQL {@code COPY} into a bare table (no keys, no
 * checks) as the baseline. Prints times, rows per second, the ratio, and the heap: the peak in use
 * (sampled, garbage included) and the peak left after a garbage collection (what the import holds).
 * A tenth of the file is imported first, so the heap of two file sizes can be compared.
 *
 * <p>{@code mvn -Pbenchmarks test -Dtest=ImportBenchmark}
 */
class ImportBenchmark {

    @TempDir Path folder;

    /**
     * The same outside Maven, to run it with a small heap:
     * {@code java -Xmx512m -cp target/test-classes:target/classes:<test classpath> org.strengtheningfamilies.agencydata.ImportBenchmark}
     */
    public static void main(String[] args) throws Exception {
        ImportBenchmark benchmark = new ImportBenchmark();
        benchmark.folder = Files.createTempDirectory("import-benchmark");
        try {
            benchmark.importAgainstCopy();
        } finally {
            try (var files = Files.walk(benchmark.folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0); // the embedded PostgreSQL stops with the JVM
    }

    @Test
    void importAgainstCopy() throws Exception {
        long rows = Long.getLong("benchmark.rows", 1_000_000L);
        Path file = folder.resolve("schools.csv");
        Path tenth = folder.resolve("schools-tenth.csv");
        long generating = System.nanoTime();
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            new AgencyDataGenerator(2012).writeSchools(out, rows);
        }
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(tenth, StandardCharsets.UTF_8), 1 << 16)) {
            new AgencyDataGenerator(2013).writeSchools(out, rows / 10);
        }
        System.out.printf(Locale.ROOT, "%nGenerated %,d school rows (%,d MB) in %.1f s%n", rows,
                Files.size(file) >> 20, seconds(System.nanoTime() - generating));

        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(EmbeddedPostgresDatabase.jdbcUrl("benchmark"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("sf_schema_history")
                    .load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            System.out.println("Database: " + jdbc.queryForObject("select version()", String.class));
            ImportProperties properties = new ImportProperties(null, Duration.ofSeconds(10), Duration.ofSeconds(2),
                    5000, 10_000, 250_000, 10_000, 1000);
            AgencyDataImporter importer = new AgencyDataImporter(dataSource,
                    new ImportLog(new NamedParameterJdbcTemplate(dataSource), Clock.systemUTC()), properties, Clock.systemUTC(),
                    ChunkWriter.forDatabase(dataSource));
            AgencyDataset schools = AgencyDataset.named("schools").orElseThrow();
            HeapWatch heap = new HeapWatch();

            String columns = "record_id varchar(64), period varchar(16), full_name varchar(200), "
                    + "date_of_birth date, gender varchar(6), uprn varchar(12), postcode varchar(8), address varchar(300), "
                    + "term_start date, term_end date, school_year integer, possible_sessions integer, "
                    + "unauthorised_absence_sessions integer, fixed_exclusions integer, permanently_excluded boolean, "
                    + "alternative_provision boolean, on_roll boolean, sen varchar(20), free_school_meals boolean, ethnicity varchar(2)";
            jdbc.execute("create table bench_copy_school (" + columns + ")");
            // the same file into a table with the dataset table's keys: what the indexes alone cost
            jdbc.execute("create table bench_copy_keyed (id bigint generated by default as identity primary key, "
                    + columns + ", unique (record_id, period))");

            Figures small = heap.measure(() -> importer.importCsv(schools, open(tenth), "tenth.csv", "benchmark", "API"));
            jdbc.execute("truncate table sf_data_school");
            jdbc.execute("vacuum analyze sf_data_school");

            // the machine may be shared: COPY before and after the import, and the mean of both is the baseline
            Figures copyBefore = heap.measure(() -> copy(dataSource, file, "bench_copy_school"));
            Figures product = heap.measure(() -> importer.importCsv(schools, open(file), "schools.csv", "benchmark", "API"));
            jdbc.execute("truncate table bench_copy_school");
            Figures copy = heap.measure(() -> copy(dataSource, file, "bench_copy_school"));
            Figures again = heap.measure(() -> importer.importCsv(schools, open(file), "schools.csv", "benchmark", "API"));
            Figures keyed = heap.measure(() -> copy(dataSource, file, "bench_copy_keyed"));
            long stored = jdbc.queryForObject("select count(*) from sf_data_school", Long.class);
            double baseline = (copyBefore.seconds() + copy.seconds()) / 2;

            ImportResult first = (ImportResult) product.result();
            ImportResult second = (ImportResult) again.result();
            System.out.println();
            System.out.printf(Locale.ROOT, "Rows in the file                 %,12d%n", rows);
            System.out.printf(Locale.ROOT, "Product import (streaming)       %8.1f s  %,10d rows/s  accepted %,d, rejected %,d, changed %,d%n",
                    product.seconds(), perSecond(rows, product), first.accepted(), first.rejected(), first.changed());
            System.out.printf(Locale.ROOT, "Product re-import (no change)    %8.1f s  %,10d rows/s  changed %,d, unchanged %,d%n",
                    again.seconds(), perSecond(rows, again), second.changed(), second.unchanged());
            System.out.printf(Locale.ROOT, "PostgreSQL COPY, bare table      %8.1f s and %.1f s (before and after the import), %,d rows/s on average%n",
                    copyBefore.seconds(), copy.seconds(), (long) (rows / baseline));
            System.out.printf(Locale.ROOT, "PostgreSQL COPY, table with keys %8.1f s  %,10d rows/s  (%,d rows)%n",
                    keyed.seconds(), perSecond(rows, keyed), (Long) keyed.result());
            System.out.printf(Locale.ROOT, "Ratio import / COPY              %8.2f%n", product.seconds() / baseline);
            System.out.printf(Locale.ROOT, "Ratio re-import / COPY           %8.2f%n", again.seconds() / baseline);
            System.out.printf(Locale.ROOT, "Ratio import / COPY with keys    %8.2f%n", product.seconds() / keyed.seconds());
            System.out.printf(Locale.ROOT, "Rows stored                      %,12d%n", stored);
            System.out.printf(Locale.ROOT, "Heap limit (-Xmx)                %8d MB%n", Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "Heap, import of %,9d rows: peak in use %5d MB, peak after GC %5d MB (%d GCs)%n",
                    rows / 10, small.peakUsed() >> 20, small.peakAfterGc() >> 20, small.collections());
            System.out.printf(Locale.ROOT, "Heap, import of %,9d rows: peak in use %5d MB, peak after GC %5d MB (%d GCs)%n",
                    rows, product.peakUsed() >> 20, product.peakAfterGc() >> 20, product.collections());
            System.out.printf(Locale.ROOT, "Heap, re-import:                 peak in use %5d MB, peak after GC %5d MB (%d GCs)%n",
                    again.peakUsed() >> 20, again.peakAfterGc() >> 20, again.collections());
            System.out.printf(Locale.ROOT, "Heap, COPY:                      peak in use %5d MB, peak after GC %5d MB (%d GCs)%n%n",
                    copy.peakUsed() >> 20, copy.peakAfterGc() >> 20, copy.collections());
        }
    }

    private static long copy(HikariDataSource dataSource, Path file, String table) throws Exception {
        try (Connection connection = dataSource.getConnection();
             BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy " + table + " (" + AgencyDataGenerator.SCHOOL_HEADER + ") from stdin with (format csv, header true)", reader);
        }
    }

    private static InputStream open(Path file) throws java.io.IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long perSecond(long rows, Figures figures) {
        return (long) (rows / figures.seconds());
    }

    interface Work {
        Object run() throws Exception;
    }

    record Figures(Object result, double seconds, long peakUsed, long peakAfterGc, long collections) {
    }

    /** Heap in use, sampled every 10 ms, and heap left after each garbage collection (JMX notifications). */
    static final class HeapWatch {

        final AtomicLong peakUsed = new AtomicLong();
        final AtomicLong peakAfterGc = new AtomicLong();
        final AtomicLong collections = new AtomicLong();

        HeapWatch() {
            NotificationListener listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    peakAfterGc.accumulateAndGet(after, Math::max);
                    collections.incrementAndGet();
                }
            };
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
            }
        }

        Figures measure(Work work) throws Exception {
            System.gc();
            Thread.sleep(200);
            peakUsed.set(0);
            peakAfterGc.set(0);
            collections.set(0);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            Object result = work.run();
            double seconds = seconds(System.nanoTime() - start);
            sampler.interrupt();
            sampler.join();
            return new Figures(result, seconds, peakUsed.get(), peakAfterGc.get(), collections.get());
        }
    }
}
