package org.strengtheningfamilies.claimwindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;

/**
 * The never-in-two-returns guard on a real PostgreSQL, with windows closing at the same moment in
 * separate transactions (two engine nodes, or the timer and the coordinator at once).
 */
class ClaimReturnsOnPostgresTest {

    static final int CLAIMS = 40;
    static NamedParameterJdbcTemplate jdbc;
    static TransactionTemplate transactions;
    static ExecutorService threads;

    @BeforeAll
    static void database() {
        String url = EmbeddedPostgresDatabase.jdbcUrl("claimreturns");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").table("sf_schema_history")
                .load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
        jdbc = new NamedParameterJdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        threads = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    @BeforeEach
    void approvedClaims() {
        jdbc.update("update sf_claim set claim_return_reference = null", Map.of());
        jdbc.update("delete from sf_claim_return", Map.of());
        jdbc.update("delete from sf_claim_line", Map.of());
        jdbc.update("delete from sf_claim", Map.of());
        for (int i = 1; i <= CLAIMS; i++) {
            String id = "pg-" + i;
            jdbc.update("insert into sf_claim (claim_id, family_ref, process_instance_id, programme_year, amount_pence, status, "
                    + "claim_reference, created_at, recorded_at) values (:id, :ref, :pid, 1, 80000, 'APPROVED', :reference, "
                    + "timestamp '2013-03-01 10:00:00', timestamp '2013-03-02 10:00:00')",
                    Map.of("id", id, "ref", String.format("MK-%06d", i), "pid", "pi-" + id,
                            "reference", String.format("MK-%06d-PBR1", i)));
            jdbc.update("insert into sf_claim_line (claim_id, result_type, amount_pence) values (:id, 'CRIME_ASB_EDUCATION', 70000), "
                    + "(:id, 'PROGRESS_TO_WORK', 10000)", Map.of("id", id));
        }
    }

    @Test
    void aSecondWindowWaitsForTheFirstAndThenFindsItsClaimsTaken() throws Exception {
        JdbcClaimReturnRepository repository = new JdbcClaimReturnRepository(jdbc);
        Instant before = Instant.parse("2013-04-01T00:00:00Z");
        CountDownLatch firstGathered = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        Future<Integer> first = threads.submit(() -> transactions.execute(status -> {
            repository.create("CR-A", LocalDate.of(2012, 4, 1), LocalDate.of(2013, 3, 31), null, before);
            int taken = repository.gather("CR-A", before);
            firstGathered.countDown();
            await(firstMayCommit);
            return taken;
        }));
        assertThat(firstGathered.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Integer> second = threads.submit(() -> transactions.execute(status -> {
            repository.create("CR-B", LocalDate.of(2012, 4, 1), LocalDate.of(2013, 3, 31), null, before);
            return repository.gather("CR-B", before);
        }));
        Thread.sleep(500);
        assertThat(second.isDone()).as("the second window waits for the claims the first one holds").isFalse();
        firstMayCommit.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(CLAIMS);
        assertThat(second.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sf_claim where claim_return_reference = 'CR-A'", Map.of(), Integer.class))
                .isEqualTo(CLAIMS);
    }

    @Test
    void windowsClosingAtOnceShareTheClaimsOutWithoutOverlap() throws Exception {
        ClaimReturns returns = new ClaimReturns(new JdbcClaimReturnRepository(jdbc), "Milton Keynes",
                LocalDate.of(2012, 4, 1), ZoneId.of("Europe/London"));
        CyclicBarrier start = new CyclicBarrier(4);
        List<Future<Optional<ClaimReturn>>> windows = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            LocalDate windowEnd = LocalDate.of(2013, 4, 1).plusDays(w);
            windows.add(threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return transactions.execute(status -> returns.gather(windowEnd, Instant.now(), null));
            }));
        }
        int claims = 0;
        long pence = 0;
        for (Future<Optional<ClaimReturn>> window : windows) {
            Optional<ClaimReturn> gathered = window.get(60, TimeUnit.SECONDS);
            claims += gathered.map(ClaimReturn::claims).orElse(0);
            pence += gathered.map(ClaimReturn::totalPence).orElse(0L);
        }
        assertThat(claims).isEqualTo(CLAIMS);
        assertThat(pence).isEqualTo(CLAIMS * 80000L);
        assertThat(jdbc.queryForObject("select count(*) from sf_claim where claim_return_reference is null", Map.of(), Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select coalesce(sum(claims), 0) from sf_claim_return", Map.of(), Integer.class))
                .isEqualTo(CLAIMS);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
