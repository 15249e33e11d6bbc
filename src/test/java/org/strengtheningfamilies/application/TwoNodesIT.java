package org.strengtheningfamilies.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strengtheningfamilies.testing.ApplicationNode;
import org.strengtheningfamilies.testing.DatabaseProbe;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;
import org.strengtheningfamilies.testing.FamilyDriver.Stage;
import org.strengtheningfamilies.testing.FamilyDriver;

/**
 * Two application processes (the packaged jar, as a council runs it) on one PostgreSQL database,
 * families referred and worked through both at once: half to a recorded claim (their support
 * period timers due at once), half into support with review timers falling due. Five key-worker
 * places more than the families staying in support, so the families going on to a claim compete for
 * the last places and the waiting ones go on when claims free them. Node A is killed with SIGKILL in the middle and started again.
 *
 * <p>{@code mvn verify} runs it with 50 families and a 10-second review interval; the full-size run
 * ({@code mvn -Pfull-size-proofs verify}, which {@code .ci/run} also runs) with 500 families and 30 seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    static final int FAMILIES = Integer.getInteger("twoNodes.families", 50);
    static final Duration REVIEW_INTERVAL = Duration.parse(System.getProperty("twoNodes.review-interval", "PT10S"));

    final String jdbcUrl = EmbeddedPostgresDatabase.jdbcUrl("twonodes");
    final DatabaseProbe db = new DatabaseProbe(jdbcUrl);
    final LocalDate programmeStart = LocalDate.now().minusYears(1).withMonth(4).withDayOfMonth(1);
    final ApplicationNode nodeA = node("a");
    final ApplicationNode nodeB = node("b");

    ApplicationNode node(String name) {
        return new ApplicationNode(jdbcUrl, name, "--sf.support.review-interval=" + REVIEW_INTERVAL,
                "--sf.programme.start-date=" + programmeStart, ApplicationNode.lockTimeArgument());
    }

    static String ref(int i) {
        return "MK-3%05d".formatted(i);
    }

    /** Family {@code i} through node A or B by turns. */
    private Future<?> drive(ExecutorService pool, int i, Stage stage, String attachmentDate, AtomicInteger done) {
        String ref = ref(i);
        FamilyDriver driver = new FamilyDriver(i % 2 == 0 ? nodeA.rest() : nodeB.rest());
        return pool.submit(() -> {
            driver.advance(ref, stage, attachmentDate, Duration.ofMinutes(15));
            done.incrementAndGet();
            return null;
        });
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        nodeA.kill();
        nodeB.kill();
    }

    @Test
    void twoNodesShareTheWorkWithoutDoingAnythingTwice() throws Exception {
        nodeA.start().awaitReady();
        nodeB.start().awaitReady(); // after A, so the demo users are created once
        // places for the families staying in support and five more: once those families hold theirs, the
        // families going on to a claim (twelve at a time) compete for the last five places, wait, and go
        // on when a claimed family's closure frees one (on either node)
        int inSupport = FAMILIES - FAMILIES / 2;
        int demoKeyWorkers = db.count("select count(*) from ACT_ID_MEMBERSHIP where GROUP_ID_ = 'team-cfp'");
        int keyWorkers = (inSupport + 5) / 5 - demoKeyWorkers;
        FamilyDriver.addKeyWorkers(nodeA.rest(), "team-cfp", "kw-node", keyWorkers);
        int places = (keyWorkers + demoKeyWorkers) * 5;
        assertThat(places).as("places for the families staying in support and five more").isEqualTo(inSupport + 5);

        String recent = LocalDate.now().minusDays(2).toString();
        String past = programmeStart.plusMonths(1).toString();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> staying = new ArrayList<>();
        for (int i = 0; i < inSupport; i++) {
            staying.add(drive(pool, i, Stage.IN_SUPPORT, recent, done));
        }
        while (done.get() < FAMILIES / 3) {
            Thread.sleep(100);
        }
        nodeA.kill(); // SIGKILL with requests, allocations and timers in flight on both nodes
        nodeA.start().awaitReady();
        for (Future<?> family : staying) {
            family.get();
        }
        List<Future<?>> claimed = new ArrayList<>();
        for (int i = inSupport; i < FAMILIES; i++) {
            claimed.add(drive(pool, i, Stage.CLAIMED, past, done));
        }
        for (Future<?> family : claimed) {
            family.get();
        }
        pool.shutdown();
        db.await("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = '" + TASK_MONTHLY_REVIEW + "'", inSupport,
                Duration.ofMinutes(3));

        // every family once
        assertThat(db.count("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'family-case'")).isEqualTo(FAMILIES);
        assertThat(db.count("select count(distinct BUSINESS_KEY_) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'family-case'"))
                .isEqualTo(FAMILIES);
        assertThat(db.count("select count(*) from sf_live_case")).isEqualTo(inSupport);
        // each claim recorded once, each result paid once
        assertThat(db.count("select count(*) from sf_claim where claim_reference is not null")).isEqualTo(FAMILIES / 2);
        assertThat(db.count("select count(*) from (select family_ref from sf_claim where claim_reference is not null "
                + "group by family_ref having count(*) > 1) twice")).isZero();
        // each timer job ran exactly once: support periods over, reviews due
        assertThat(db.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = '" + INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED
                + "' and END_TIME_ is not null and ACT_INST_STATE_ <> 2")).isEqualTo(FAMILIES / 2);
        String stayingRefs = IntStream.range(0, inSupport).mapToObj(i -> "'" + ref(i) + "'")
                .collect(Collectors.joining(", ", "(", ")"));
        String reviewsFired = "select count(*) from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.PROC_INST_ID_ = a.PROC_INST_ID_ "
                + "where a.ACT_ID_ = '" + INTERMEDIATE_EVENT_REVIEW_DUE + "' and a.END_TIME_ is not null and a.ACT_INST_STATE_ <> 2 "
                + "and p.BUSINESS_KEY_ ";
        assertThat(db.count(reviewsFired + "in " + stayingRefs)).isEqualTo(inSupport);
        // A claimed family's support period is long over when its plan is signed, but the review timer of its
        // support starts too: when the support-period job waits longer than the review interval, the review
        // fires first (once; the end of support then cancels the review task). Not a double firing, which is
        // checked per family below.
        int claimedReviewed = db.count(reviewsFired + "not in " + stayingRefs);
        assertThat(db.count("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = '" + TASK_MONTHLY_REVIEW + "'"))
                .isEqualTo(inSupport + claimedReviewed);
        for (String activity : List.of(INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED, INTERMEDIATE_EVENT_REVIEW_DUE,
                TASK_RECORD_CLAIM, TASK_VERIFY_OUTCOMES, TASK_AUDIT_CLAIM)) {
            assertThat(db.count("select count(*) from (select PROC_INST_ID_ from ACT_HI_ACTINST where ACT_ID_ = '"
                    + activity + "' and END_TIME_ is not null and ACT_INST_STATE_ <> 2 group by PROC_INST_ID_ having count(*) > 1) twice"))
                    .as(activity + " twice").isZero();
        }
        // never over the cap, and the places add up
        assertThat(db.count("select coalesce(max(live_families), 0) from sf_key_worker")).isLessThanOrEqualTo(5);
        assertThat(db.count("select coalesce(sum(live_families), 0) from sf_key_worker")).isEqualTo(inSupport);
        assertThat(places).isLessThan(FAMILIES);
        assertThat(db.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'Task_AwaitCapacity'"))
                .as("families that waited for a place").isPositive();
        assertThat(db.count("select count(*) from ACT_RU_INCIDENT")).isZero();
        System.out.printf("TwoNodesIT: %d families, %d key-worker places, %d waited for a place, %d claimed families had "
                        + "a review fall due before their support period's end ran%n", FAMILIES, places,
                db.count("select count(distinct PROC_INST_ID_) from ACT_HI_ACTINST where ACT_ID_ = 'Task_AwaitCapacity'"),
                claimedReviewed);
    }
}
