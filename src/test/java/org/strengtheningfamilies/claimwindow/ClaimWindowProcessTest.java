package org.strengtheningfamilies.claimwindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strengtheningfamilies.claimwindow.ClaimWindowElements.END_EVENT_NOTHING_TO_SUBMIT;
import static org.strengtheningfamilies.claimwindow.ClaimWindowElements.END_EVENT_RETURN_SUBMITTED;
import static org.strengtheningfamilies.claimwindow.ClaimWindowElements.TASK_SIGN_OFF_CLAIM_RETURN;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.strengtheningfamilies.kernel.Problem;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * pbr-claim-window with the application's beans against the project's real tables (H2, migrated by Flyway): the quarterly timer
 * gathers the approved, recorded and unsubmitted claims into one return that the coordinator signs
 * off; an empty window ends without a task; a claim is never in two returns.
 */
class ClaimWindowProcessTest extends FamilyCaseProcessTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String PROCESS = "pbr-claim-window";

    @Autowired
    ClaimReturns returns;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void theQuarterlyTimerGathersTheQuartersClaimsAndTheCoordinatorSignsThemOff() {
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
        assertThat(timer).as("the timer start event is scheduled when deployed").isNotNull();
        LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getMonthValue()).isIn(1, 4, 7, 10);
        assertThat(due.getHour()).isEqualTo(6);

        approvedClaim("c1", "MK-000101", "2012-09-03", 1, at("2013-02-11T10:00"), Map.of("CRIME_ASB_EDUCATION", 70000L));
        approvedClaim("c2", "MK-000102", "2012-10-15", 1, at("2013-03-31T23:30"),
                Map.of("CRIME_ASB_EDUCATION", 70000L, "PROGRESS_TO_WORK", 10000L));
        approvedClaim("late", "MK-000103", "2012-11-01", 1, at("2013-04-01T05:00"), Map.of("PROGRESS_TO_WORK", 10000L));
        claim("pending", "MK-000104", "PENDING_AUDIT", null, null, Map.of("PROGRESS_TO_WORK", 10000L));
        claim("rejected", "MK-000105", "REJECTED", null, null, Map.of("PROGRESS_TO_WORK", 10000L));

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2013, 4, 1, 6, 0, 0, 0, LONDON).toInstant()));
        engine.getManagementService().executeJob(timer.getId());
        runAsyncSteps();

        ProcessInstance window = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).singleResult();
        assertThat(window).isNotNull();
        assertThat(variable(window, "claimReturnReference")).isEqualTo("CR-20130331-1");
        assertThat(variable(window, "claimReturnWindowFrom")).isEqualTo("2012-04-01");
        assertThat(variable(window, "claimReturnWindowTo")).isEqualTo("2013-03-31");
        assertThat(variable(window, "claimReturnClaims")).isEqualTo(2);
        assertThat(variable(window, "claimReturnResults")).isEqualTo(3);
        assertThat(variable(window, "claimReturnTotalPence")).isEqualTo(150000L);
        assertThat(variable(window, "claimReturnTotal")).isEqualTo("£1,500.00");
        assertThat(variable(window, "claimReturnCsv")).isEqualTo("/api/claim-returns/CR-20130331-1.csv");
        assertThat(candidateGroups(window, TASK_SIGN_OFF_CLAIM_RETURN)).containsExactly("coordinator");
        assertThat(returnOf("late")).isNull();
        assertThat(returnOf("pending")).isNull();
        assertThat(returnOf("rejected")).isNull();

        assertThat(returns.csv("CR-20130331-1").lines().toList()).containsExactly(
                "authority,familyReference,resultType,amount,attachmentDate,programmeYear",
                "Milton Keynes,MK-000101,CRIME_ASB_EDUCATION,700.00,2012-09-03,1",
                "Milton Keynes,MK-000102,CRIME_ASB_EDUCATION,700.00,2012-10-15,1",
                "Milton Keynes,MK-000102,PROGRESS_TO_WORK,100.00,2012-10-15,1");

        // not confirmed: refused, naming the field, and nothing is submitted
        engine.getIdentityService().setAuthenticatedUserId("coordinator");
        assertThatThrownBy(() -> complete(window, TASK_SIGN_OFF_CLAIM_RETURN, Map.of("claimReturnSignedOff", false)))
                .rootCause().isInstanceOfSatisfying(CaseDataException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new Problem("claimReturnSignedOff", "Tick “I have checked this claim return and sign it off for submission to the department” once you have checked the return: it is submitted to the department only when the coordinator signs it off.")));
        assertThat(submittedAt("c1")).isNull();

        complete(window, TASK_SIGN_OFF_CLAIM_RETURN, Map.of("claimReturnSignedOff", true));
        assertThat(historicEndActivity(window)).isEqualTo(END_EVENT_RETURN_SUBMITTED);
        assertThat(submittedAt("c1")).isNotNull();
        assertThat(submittedAt("c2")).isNotNull();
        assertThat(submittedAt("late")).isNull();
        ClaimReturn submitted = returns.find("CR-20130331-1").orElseThrow();
        assertThat(submitted.status()).isEqualTo(ClaimReturn.SUBMITTED);
        assertThat(submitted.signedOffBy()).isEqualTo("coordinator");
        assertThat(submitted.totalPence()).isEqualTo(150000L);

        // signing the same return off again is refused: it is no longer awaiting sign-off
        assertThatThrownBy(() -> returns.signOff("CR-20130331-1", "coordinator", ClockUtil.getCurrentTime().toInstant()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SUBMITTED");
    }

    @Test
    void anEmptyWindowEndsWithoutATaskAndLeavesNoReturn() {
        claim("pending", "MK-000201", "PENDING_AUDIT", null, null, Map.of("PROGRESS_TO_WORK", 10000L));
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2013, 7, 1, 6, 0, 0, 0, LONDON).toInstant()));

        ProcessInstance window = engine.getRuntimeService().startProcessInstanceByKey(PROCESS);
        runAsyncSteps();

        assertThat(historicEndActivity(window)).isEqualTo(END_EVENT_NOTHING_TO_SUBMIT);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(window.getId()).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sf_claim_return", Map.of(), Integer.class)).isZero();
    }

    @Test
    void aClaimIsNeverInTwoReturns() {
        approvedClaim("c1", "MK-000301", "2012-09-03", 1, at("2013-02-11T10:00"), Map.of("CRIME_ASB_EDUCATION", 70000L));
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2013, 4, 1, 6, 0, 0, 0, LONDON).toInstant()));
        ProcessInstance first = engine.getRuntimeService().startProcessInstanceByKey(PROCESS);
        runAsyncSteps();
        assertThat(returnOf("c1")).isEqualTo("CR-20130331-1");

        // a second window before the first is signed off: c1 is taken already, only the new claim goes in
        approvedClaim("c2", "MK-000302", "2012-10-15", 1, at("2013-04-20T10:00"), Map.of("CRIME_ASB_EDUCATION", 70000L));
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2013, 5, 2, 9, 0, 0, 0, LONDON).toInstant()));
        ProcessInstance second = engine.getRuntimeService().startProcessInstanceByKey(PROCESS);
        runAsyncSteps();
        assertThat(variable(second, "claimReturnReference")).isEqualTo("CR-20130501-1");
        assertThat(variable(second, "claimReturnWindowFrom")).isEqualTo("2013-04-01");
        assertThat(variable(second, "claimReturnClaims")).isEqualTo(1);
        assertThat(returnOf("c1")).isEqualTo("CR-20130331-1");
        assertThat(returnOf("c2")).isEqualTo("CR-20130501-1");

        // a third window on the same day finds nothing left, and ends without a task
        ProcessInstance third = engine.getRuntimeService().startProcessInstanceByKey(PROCESS);
        runAsyncSteps();
        assertThat(historicEndActivity(third)).isEqualTo(END_EVENT_NOTHING_TO_SUBMIT);

        // the gathering UPDATE itself never takes a claim that is in a return, even when asked directly
        jdbc.update("insert into sf_claim_return (reference, window_from, window_to, created_at, status) "
                + "values ('CR-TEST', date '2013-01-01', date '2013-06-30', current_timestamp, 'AWAITING_SIGN_OFF')", Map.of());
        assertThat(new JdbcClaimReturnRepository(jdbc).gather("CR-TEST", at("2014-01-01T00:00").toInstant())).isZero();
        // and the database refuses a claim pointing at a return that does not exist
        assertThatThrownBy(() -> jdbc.update("update sf_claim set claim_return_reference = 'CR-NONE' where claim_id = 'c1'", Map.of()))
                .isInstanceOf(DataIntegrityViolationException.class);

        engine.getIdentityService().setAuthenticatedUserId("coordinator");
        complete(first, TASK_SIGN_OFF_CLAIM_RETURN, Map.of("claimReturnSignedOff", true));
        assertThat(submittedAt("c1")).isNotNull();
        assertThat(submittedAt("c2")).as("in the second return, not yet signed off").isNull();
    }

    // ---- claims as the family-case process leaves them ----------------------------------------

    @Test
    void theLaterPhasesOneClaimsGoIntoTheReturnsAsEveryClaimDoes() {
        approvedClaim("sf", "MK-220901", "2023-03-01", 1, at("2024-03-10T10:00"), Map.of("SUCCESSFUL_FAMILY_OUTCOME", 80000L));
        approvedClaim("tf15", "MK-150901", "2016-01-15", 1, at("2024-03-11T10:00"),
                Map.of("SIGNIFICANT_SUSTAINED_PROGRESS", 80000L));
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2024, 4, 1, 9, 0, 0, 0, LONDON).toInstant()));

        ProcessInstance window = engine.getRuntimeService().startProcessInstanceByKey(PROCESS);
        runAsyncSteps();

        String reference = (String) variable(window, "claimReturnReference");
        assertThat(variable(window, "claimReturnTotal")).isEqualTo("£1,600.00");
        assertThat(returns.csv(reference).lines().toList()).containsExactly(
                "authority,familyReference,resultType,amount,attachmentDate,programmeYear",
                "Milton Keynes,MK-150901,SIGNIFICANT_SUSTAINED_PROGRESS,800.00,2016-01-15,1",
                "Milton Keynes,MK-220901,SUCCESSFUL_FAMILY_OUTCOME,800.00,2023-03-01,1");
    }

    private void approvedClaim(String id, String familyRef, String attachmentDate, int year, Timestamp recordedAt,
                               Map<String, Long> lines) {
        claim(id, familyRef, "APPROVED", familyRef + "-PBR1", recordedAt, lines);
        jdbc.update("insert into sf_report_case (process_instance_id, family_ref, referred_on, retrospective, attached_on, "
                        + "programme_year) values (:pid, :ref, :referred, false, :attached, :year)",
                new MapSqlParameterSource("pid", "pi-" + id).addValue("ref", familyRef)
                        .addValue("referred", java.sql.Date.valueOf(LocalDate.parse(attachmentDate).minusMonths(1)))
                        .addValue("attached", java.sql.Date.valueOf(attachmentDate)).addValue("year", year));
    }

    private void claim(String id, String familyRef, String status, String reference, Timestamp recordedAt,
                       Map<String, Long> lines) {
        long total = lines.values().stream().mapToLong(Long::longValue).sum();
        jdbc.update("insert into sf_claim (claim_id, family_ref, process_instance_id, programme_year, amount_pence, status, "
                        + "claim_reference, created_at, recorded_at) values (:id, :ref, :pid, 1, :amount, :status, :reference, "
                        + "current_timestamp, :recorded)",
                new MapSqlParameterSource("id", id).addValue("ref", familyRef).addValue("pid", "pi-" + id)
                        .addValue("amount", total).addValue("status", status).addValue("reference", reference)
                        .addValue("recorded", recordedAt));
        List.copyOf(lines.keySet()).forEach(type -> jdbc.update(
                "insert into sf_claim_line (claim_id, result_type, amount_pence) values (:id, :type, :amount)",
                new MapSqlParameterSource("id", id).addValue("type", type).addValue("amount", lines.get(type))));
    }

    private String returnOf(String claimId) {
        return jdbc.queryForObject("select claim_return_reference from sf_claim where claim_id = :id",
                Map.of("id", claimId), String.class);
    }

    private Timestamp submittedAt(String claimId) {
        return jdbc.queryForObject("select submitted_at from sf_claim where claim_id = :id", Map.of("id", claimId),
                Timestamp.class);
    }

    private static Timestamp at(String londonDateTime) {
        return Timestamp.from(LocalDateTime.parse(londonDateTime).atZone(LONDON).toInstant());
    }
}
