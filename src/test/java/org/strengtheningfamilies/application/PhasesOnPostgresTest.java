package org.strengtheningfamilies.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;
import static org.strengtheningfamilies.testing.FamilyCaseProcessTest.accept;
import static org.strengtheningfamilies.testing.FamilyCaseProcessTest.consent;
import static org.strengtheningfamilies.testing.FamilyCaseProcessTest.evidence;
import static org.strengtheningfamilies.testing.FamilyCaseProcessTest.plan;
import static org.strengtheningfamilies.testing.FamilyCaseProcessTest.referral;
import static org.strengtheningfamilies.testing.FamilyCaseProcessTest.tafMeeting;
import static org.strengtheningfamilies.testing.LaterPhaseProcessTest.approved;
import static org.strengtheningfamilies.testing.LaterPhaseProcessTest.assessment;
import static org.strengtheningfamilies.testing.LaterPhaseProcessTest.needOutcomes;
import static org.strengtheningfamilies.testing.LaterPhaseProcessTest.needsReferral;
import static org.strengtheningfamilies.testing.LaterPhaseProcessTest.sustained;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strengtheningfamilies.StrengtheningFamiliesApplication;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;
import org.strengtheningfamilies.testing.EngineSteps;
import org.strengtheningfamilies.testing.RestSession;
import org.strengtheningfamilies.testing.RestSteps;

/**
 * Every phase on a real PostgreSQL (embedded), and a council switching phase: the application runs with
 * sf.programme.phase=TF_2012 and a family goes into support; it is stopped and started again on the same
 * database with sf.programme.phase=SF_2022; the 2012-15 family finishes under the 2012-15 rules while new
 * referrals are Supporting Families', and a family of each later phase goes through its whole lifecycle
 * (the Supporting Families one through the REST API, as Tasklist sends its forms).
 * Two application contexts of its own (started and closed here, unique engine names), no cached one.
 */
class PhasesOnPostgresTest {

    static final String URL = EmbeddedPostgresDatabase.jdbcUrl("phases");

    static ConfigurableApplicationContext application(String phase) {
        // as command-line arguments: they outrank the profile's own settings, as a council's would
        return new SpringApplicationBuilder(StrengtheningFamiliesApplication.class).profiles("postgres")
                .run("--SF_DB_URL=" + URL, "--SF_DB_USER=postgres", "--SF_DB_PASSWORD=postgres",
                        "--SF_ADMIN_USER=council-admin", "--SF_ADMIN_PASSWORD=a-Long-and-unguessable-1", "--SF_TLS=false",
                        "--sf.demo.users=true", "--sf.imports.inbox=", "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--camunda.bpm.generate-unique-process-application-name=true",
                        "--camunda.bpm.webapp.enabled=false", // only @DemoCohortTest's context has the webapps (closing them here would unset the shared Cockpit delegate)
                        "--sf.programme.phase=" + phase);
    }

    static void today(String isoDate) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(isoDate).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aCouncilSwitchesFrom2012ToSupportingFamiliesAndEveryPhaseRunsItsLifecycle() throws Exception {
        ProcessInstance earlier;
        today("2012-10-05");
        try (ConfigurableApplicationContext tf2012 = application("TF_2012")) {
            EngineSteps steps = new EngineSteps(tf2012.getBean(ProcessEngine.class));
            earlier = steps.start("referrer", referral("MK-900201"));
            steps.complete("panel", earlier, TASK_PANEL_VALIDATION, accept(3, "CFP"));
            String worker = (String) steps.variable(earlier, "keyWorker");
            steps.complete(worker, earlier, TASK_SEEK_CONSENT, consent(true));
            steps.complete(worker, earlier, TASK_HOLD_TAF_MEETING, tafMeeting("2012-10-01"));
            steps.complete(worker, earlier, TASK_AGREE_FAMILY_PLAN, plan(true, "2012-10-03"));
            assertThat(steps.variable(earlier, "programmePhase")).isEqualTo("TF_2012");
        }

        try (ConfigurableApplicationContext sf2022 = application("SF_2022")) {
            ProcessEngine engine = sf2022.getBean(ProcessEngine.class);
            EngineSteps steps = new EngineSteps(engine);
            JdbcTemplate jdbc = sf2022.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
            String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("family-case").latestVersion().singleResult().getId();
            assertThat(engine.getFormService().getStartFormData(definition).getCamundaFormRef().getKey())
                    .as("after the restart the start form is the new phase's").isEqualTo("referral-sf-2022");

            // the family referred under 2012-15 finishes under its rules
            today("2013-05-01");
            String earlierWorker = (String) steps.variable(earlier, "keyWorker");
            steps.fire(earlier, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
            steps.complete(earlierWorker, earlier, TASK_VERIFY_OUTCOMES, evidence());
            assertThat(steps.variable(earlier, "claimAmountPence")).isEqualTo(70_000L);
            steps.complete("auditor", earlier, TASK_AUDIT_CLAIM, approved());
            assertThat(steps.ended(earlier)).isTrue();
            assertThat(jdbc.queryForObject("select programme_phase || ' ' || claim_reference from sf_claim "
                    + "where family_ref = 'MK-900201'", String.class)).isEqualTo("TF_2012 MK-900201-PBR1");

            // a new referral is Supporting Families', taken through the REST API as Tasklist sends it
            today("2023-02-01");
            List<String> needs = List.of("EDUCATION", "HOUSING", "CRIME");
            RestSteps rest = new RestSteps(sf2022.getEnvironment().getProperty("local.server.port", Integer.class),
                    engine.getName(), steps);
            String sfId = rest.start("referrer", needsReferral("MK-900202", needs.toArray(String[]::new)));
            ProcessInstance sf = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sfId).singleResult();
            assertThat(steps.variable(sf, "programmePhase")).isEqualTo("SF_2022");
            assertThat(jdbc.queryForObject("select programme_phase from sf_live_case where family_ref = 'MK-900202'",
                    String.class)).isEqualTo("SF_2022");
            restLifecycle(rest, steps, sf, "2023-03-01", needs);
            assertThat(steps.ended(sf)).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from sf_phase_claim where family_ref = 'MK-900202' "
                    + "and programme_phase = 'SF_2022'", Integer.class)).isEqualTo(1);

            // 2015-20 and outcomes only, as the product refers under them
            ProgrammePhases phases = sf2022.getBean(ProgrammePhases.class);
            today("2016-01-10");
            List<String> problems = List.of("CRIME_ASB", "HEALTH");
            ProcessInstance tf2015 = phases.referringUnder(ProgrammePhase.TF_2015,
                    () -> steps.start("referrer", needsReferral("MK-900203", problems.toArray(String[]::new))));
            lifecycle(steps, tf2015, "2016-01-15", problems, false);
            assertThat(steps.ended(tf2015)).isTrue();
            assertThat(jdbc.queryForObject("select l.result_type from sf_claim c join sf_claim_line l on l.claim_id = c.claim_id "
                    + "where c.family_ref = 'MK-900203' and c.claim_reference is not null", String.class))
                    .isEqualTo("SIGNIFICANT_SUSTAINED_PROGRESS");

            today("2026-01-10");
            ProcessInstance outcomesOnly = phases.referringUnder(ProgrammePhase.OUTCOMES_ONLY,
                    () -> steps.start("referrer", needsReferral("MK-900204", needs.toArray(String[]::new))));
            lifecycle(steps, outcomesOnly, "2026-02-02", needs, true);
            assertThat(steps.ended(outcomesOnly)).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from sf_claim where family_ref = 'MK-900204'", Integer.class))
                    .as("outcomes only: no claim").isZero();
            assertThat(jdbc.queryForObject("select count(*) from sf_live_case", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select coalesce(sum(live_families), 0) from sf_key_worker", Integer.class)).isZero();
        }
    }

    /**
     * A Supporting Families case from the panel to its audited claim through /engine-rest, each step by its
     * role with the variable contract's names; a 2012-15 variable sent on the way is a 400 naming it.
     */
    private static void restLifecycle(RestSteps rest, EngineSteps steps, ProcessInstance pi, String attached,
                                      List<String> needs) throws Exception {
        String id = pi.getId();
        rest.complete("panel", id, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        String worker = (String) steps.variable(pi, "keyWorker");
        rest.complete(worker, id, TASK_SEEK_CONSENT, consent(true));
        today(attached);
        var withCriterion = assessment(attached, needs.toArray(String[]::new)).putValue("criterionWork", true);
        assertThatThrownBy(() -> rest.complete(worker, id, TASK_ASSESS_FAMILY, withCriterion))
                .isInstanceOfSatisfying(RestSession.UnexpectedStatus.class, refused -> assertThat(refused.status).isEqualTo(400))
                .hasMessageContaining("criterionWork");
        assertThat(steps.variable(pi, "assessmentDate")).as("nothing moved").isNull();
        rest.complete(worker, id, TASK_ASSESS_FAMILY, assessment(attached, needs.toArray(String[]::new)));
        rest.complete(worker, id, TASK_HOLD_TAF_MEETING, tafMeeting(attached));
        rest.complete(worker, id, TASK_AGREE_FAMILY_PLAN, plan(true, attached));
        today(LocalDate.parse(attached).plusMonths(7).toString());
        steps.fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        rest.complete(worker, id, TASK_VERIFY_OUTCOMES, needOutcomes(needs));
        today(LocalDate.parse(attached).plusMonths(13).toString());
        steps.fire(pi, INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED);
        rest.complete(worker, id, TASK_CONFIRM_OUTCOMES_SUSTAINED, sustained(true));
        assertThat(steps.variable(pi, "successfulFamilyOutcome")).isEqualTo(true);
        assertThat(steps.variable(pi, "claimAmountPence")).isEqualTo(80_000L);
        rest.complete("auditor", id, TASK_AUDIT_CLAIM, approved());
    }

    /** From the panel to the end, each step by its role: one claim audited where the phase pays one. */
    private static void lifecycle(EngineSteps steps, ProcessInstance pi, String attached, List<String> needs,
                                  boolean sustainCheck) {
        steps.complete("panel", pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        String worker = (String) steps.variable(pi, "keyWorker");
        steps.complete(worker, pi, TASK_SEEK_CONSENT, consent(true));
        today(attached);
        steps.complete(worker, pi, TASK_ASSESS_FAMILY, assessment(attached, needs.toArray(String[]::new)));
        steps.complete(worker, pi, TASK_HOLD_TAF_MEETING, tafMeeting(attached));
        steps.complete(worker, pi, TASK_AGREE_FAMILY_PLAN, plan(true, attached));
        today(LocalDate.parse(attached).plusMonths(7).toString());
        steps.fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        var outcomes = needOutcomes(needs);
        if (!sustainCheck) {
            outcomes.putValue("continuousEmploymentWeeks", 0);
        }
        steps.complete(worker, pi, TASK_VERIFY_OUTCOMES, outcomes);
        if (sustainCheck) {
            today(LocalDate.parse(attached).plusMonths(13).toString());
            steps.fire(pi, INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED);
            steps.complete(worker, pi, TASK_CONFIRM_OUTCOMES_SUSTAINED, sustained(true));
        }
        assertThat(steps.variable(pi, "successfulFamilyOutcome")).isEqualTo(true);
        if (!steps.ended(pi)) {
            assertThat(steps.variable(pi, "claimAmountPence")).isEqualTo(80_000L);
            steps.complete("auditor", pi, TASK_AUDIT_CLAIM, approved());
        }
    }
}
