package org.strengtheningfamilies.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strengtheningfamilies.testing.ApplicationNode;
import org.strengtheningfamilies.testing.DatabaseProbe;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;
import org.strengtheningfamilies.testing.FamilyDriver.Stage;
import org.strengtheningfamilies.testing.FamilyDriver;

/**
 * The packaged application on PostgreSQL, 200 families driven to five different stages, killed with
 * SIGKILL in the middle of that load and started again: every case is there once and continues, and
 * the review timers that fell due while it was down fire once after the restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartIT {

    static final int FAMILIES = 200;
    static final Stage[] STAGES = {Stage.REFERRED, Stage.ALLOCATED, Stage.PLANNING, Stage.IN_SUPPORT, Stage.VERIFYING};
    /** Short enough that reviews fall due while the node is down; a council uses P1M. */
    static final Duration REVIEW_INTERVAL = Duration.ofSeconds(40);

    final String jdbcUrl = EmbeddedPostgresDatabase.jdbcUrl("restart");
    final DatabaseProbe db = new DatabaseProbe(jdbcUrl);
    /** A programme that began last April, so that a plan signed this week is inside it and its support runs. */
    final LocalDate programmeStart = LocalDate.now().minusYears(1).withMonth(4).withDayOfMonth(1);
    final ApplicationNode node = new ApplicationNode(jdbcUrl, "restart", "--sf.support.review-interval=" + REVIEW_INTERVAL,
            "--sf.programme.start-date=" + programmeStart);

    @AfterAll
    void stop() throws InterruptedException {
        node.kill();
    }

    @Test
    void killedInTheMiddleOfLoadEveryCaseIsThereOnceAndContinues() throws Exception {
        node.start().awaitReady();
        // 160 of the families need a place: 40 key workers of 5 places each, beside the demo ones
        FamilyDriver.addKeyWorkers(node.rest(), "team-cfp", "kw-restart", 40);

        // families in support sign their plan today-ish: their support runs, their reviews fall due
        String recent = LocalDate.now().minusDays(3).toString();
        String past = programmeStart.plusMonths(1).toString(); // support long over: straight to verification
        FamilyDriver driver = new FamilyDriver(node.rest());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> families = new ArrayList<>();
        for (int i = 0; i < FAMILIES; i++) {
            String ref = "MK-4%05d".formatted(i);
            Stage stage = STAGES[i % STAGES.length];
            families.add(pool.submit(() -> {
                driver.advance(ref, stage, stage == Stage.VERIFYING ? past : recent, Duration.ofMinutes(6));
                done.incrementAndGet();
                return null;
            }));
        }
        while (done.get() < FAMILIES / 2) {
            Thread.sleep(100);
        }
        node.kill(); // SIGKILL with requests, commits and jobs in flight
        Instant killedAt = Instant.now();
        int doneAtKill = done.get();
        // stay down until every review timer created before the kill has fallen due
        Thread.sleep(REVIEW_INTERVAL.plusSeconds(5).toMillis());
        Instant restartedAt = Instant.now();
        node.start().awaitReady();
        for (Future<?> family : families) {
            family.get(); // the drivers carry on against the restarted node
        }
        pool.shutdown();
        System.out.printf("RestartIT: %d of %d families at their stage when killed; node down %d s%n", doneAtKill,
                FAMILIES, Duration.between(killedAt, restartedAt).toSeconds());

        // every case exactly once
        assertThat(db.count("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null and PROC_DEF_ID_ like 'family-case:%'"))
                .isEqualTo(FAMILIES);
        assertThat(db.count("select count(distinct BUSINESS_KEY_) from ACT_RU_EXECUTION where PARENT_ID_ is null"))
                .isEqualTo(FAMILIES);
        assertThat(db.count("select count(*) from sf_live_case")).isEqualTo(FAMILIES);
        assertThat(db.count("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'family-case'")).isEqualTo(FAMILIES);
        // each at the stage it was driven to
        for (Stage stage : STAGES) {
            assertThat(db.count("select count(distinct PROC_INST_ID_) from ACT_RU_TASK where TASK_DEF_KEY_ = '"
                    + stage.waitingTask() + "'"))
                    .as(stage.name()).isEqualTo(FAMILIES / STAGES.length);
        }
        // no step was taken twice: one panel decision, one allocation, one plan per family
        for (String activity : List.of(TASK_PANEL_VALIDATION, TASK_SEEK_CONSENT, TASK_AGREE_FAMILY_PLAN,
                TASK_ALLOCATE_KEY_WORKER, TASK_RECORD_ATTACHMENT, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED)) {
            assertThat(db.count("select count(*) from (select PROC_INST_ID_ from ACT_HI_ACTINST where ACT_ID_ = '"
                    + activity + "' group by PROC_INST_ID_ having count(*) > 1) twice")).as(activity).isZero();
        }
        assertThat(db.count("select coalesce(max(live_families), 0) from sf_key_worker")).isLessThanOrEqualTo(5);
        assertThat(db.count("select count(*) from sf_live_case where key_worker is not null")).isEqualTo(FAMILIES * 4 / 5);

        // the review timers: every family in support gets exactly one review, once its interval is over
        int inSupport = FAMILIES / STAGES.length;
        db.await("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_MonthlyReview'", inSupport, Duration.ofMinutes(2));
        assertThat(db.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'IntermediateEvent_ReviewDue' and END_TIME_ is not null and ACT_INST_STATE_ <> 2"))
                .isEqualTo(inSupport);
        assertThat(db.count("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = 'Task_MonthlyReview'")).isEqualTo(inSupport);
        // some of them fell due while the node was down and fired after the restart
        assertThat(db.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'IntermediateEvent_ReviewDue' and START_TIME_ < '"
                + Timestamp.from(killedAt) + "' and END_TIME_ > '" + Timestamp.from(restartedAt) + "'"))
                .as("review timers due while the node was down").isPositive();
        assertThat(db.count("select count(*) from ACT_RU_INCIDENT")).isZero();

        // and the cases continue: one family of each later stage goes a step further on the restarted node
        FamilyDriver after = new FamilyDriver(node.rest());
        after.advance("MK-400000", Stage.ALLOCATED, past, Duration.ofMinutes(1));
        after.advance("MK-400004", Stage.CLAIMED, past, Duration.ofMinutes(1));
        assertThat(db.count("select count(*) from sf_claim where family_ref = 'MK-400004' and claim_reference is not null")).isEqualTo(1);
    }
}
