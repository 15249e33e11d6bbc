package org.strengtheningfamilies.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengtheningfamilies.demo.CohortPlan.Child;
import org.strengtheningfamilies.demo.CohortPlan.Family;

/**
 * With {@code sf.demo.cohort=true} (the embedded default), the first start loads the demo cohort
 * ({@link CohortPlan}) so that the reports show the report's own figures: each family is referred and
 * decided by the panel through the engine, exactly as a person would with the forms, with the engine's
 * clock set to the historical business date of each step. The read model is therefore written by the
 * same hooks as for live cases. All of it is one transaction, marked in sf_demo_seed, so it is loaded
 * once, or not at all.
 *
 * <p>The families accepted with a lead service then wait for the allocation job, which the job executor
 * runs at the real time once the cohort is committed: with the demo's few key workers (cap 5) most of
 * them wait for capacity, in the coordinator's queue. The retrospective families wait at outcome
 * verification.
 */
@Component
@ConditionalOnProperty(name = "sf.demo.cohort", havingValue = "true")
public class DemoCohort {

    static final String SEED = "demo-cohort-2012";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCohort.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ZoneId zone;

    public DemoCohort(RuntimeService runtime, TaskService tasks, JdbcTemplate jdbc, TransactionTemplate transaction,
                      java.time.Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.zone = clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30) // after the demo users and groups (DemoIdentity, order 20)
    public void loadOnce() {
        if (loaded()) {
            return;
        }
        long started = System.nanoTime();
        List<Family> families = CohortPlan.families();
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.update("insert into sf_demo_seed (name, seeded_at) values (?, current_timestamp)", SEED);
                try {
                    families.forEach(this::enter);
                } finally {
                    // before the commit: the jobs the cohort leaves must run at the real time
                    ClockUtil.reset();
                }
            });
            LOG.info("Demo cohort loaded: {} families in {} ms", families.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Demo cohort not loaded (nothing of it was kept): {}", e.getMessage(), e);
        }
    }

    boolean loaded() {
        Integer n = jdbc.queryForObject("select count(*) from sf_demo_seed where name = ?", Integer.class, SEED);
        return n != null && n > 0;
    }

    private void enter(Family family) {
        at(family.referredOn());
        ProcessInstance pi = runtime.createProcessInstanceByKey("family-case").businessKey(family.familyRef())
                .setVariables(referral(family)).execute();
        if (family.retrospective()) {
            return;
        }
        Task panel = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_PanelValidation")
                .singleResult();
        if (panel == null) {
            throw new IllegalStateException(family.familyRef() + " did not reach the panel");
        }
        at(family.decidedOn());
        tasks.complete(panel.getId(), Variables.createVariables()
                .putValue("panelDecision", "ACCEPT")
                .putValue("needLevel", family.needLevel())
                .putValue("leadService", family.leadService())
                .putValue("panelReason", "Demo cohort: accepted at the panel of " + family.decidedOn()));
    }

    private void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(11, 0).atZone(zone).toInstant()));
    }

    private static VariableMap referral(Family family) {
        boolean three = family.threeCriteria();
        VariableMap referral = Variables.createVariables()
                .putValue("familyRef", family.familyRef())
                .putValue("referringAgency", family.retrospective() ? "OTHER" : "SOCIAL_CARE")
                .putValue("district", family.district())
                .putValue("criterionCrimeAsb", true)
                .putValue("criterionCrimeAsbEvidence", "Demo: ASB incidents recorded by the police")
                .putValue("criterionEducation", true)
                .putValue("criterionEducationEvidence", "Demo: unauthorised absence over 15%")
                .putValue("criterionWork", three)
                .putValue("criterionWorkEvidence", three ? "Demo: out-of-work benefits" : null)
                .putValue("localDomesticAbuse", !three)
                .putValue("localPoliceCallouts", false)
                .putValue("localSubstanceMisuse", false)
                .putValue("localHousing", false)
                .putValue("localFiltersEvidence", three ? null : "Demo: domestic abuse notifications")
                .putValue("householdMembers", SpinValues.jsonValue(json(members(family))).create())
                .putValue("presentingIssues", SpinValues.jsonValue(json(family.presentingIssues())).create())
                .putValue("retrospective", family.retrospective());
        if (family.retrospective()) {
            referral.putValue("leadService", family.leadService())
                    .putValue("needLevel", family.needLevel())
                    .putValue("attachmentDate", family.attachmentDate().toString());
        }
        return referral;
    }

    private static List<Map<String, Object>> members(Family family) {
        List<Map<String, Object>> members = new ArrayList<>();
        Map<String, Object> parent = new LinkedHashMap<>();
        parent.put("name", "Parent " + family.familyRef());
        parent.put("dateOfBirth", "1978-03-01");
        parent.put("gender", "FEMALE");
        parent.put("role", "ADULT");
        members.add(parent);
        int n = 1;
        for (Child child : family.children()) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("name", "Child " + n++ + " " + family.familyRef());
            // aged for the school year in September 2012
            member.put("dateOfBirth", LocalDate.of(2012 - child.schoolYear() - 5, 1 + (n * 5) % 12, 10).toString());
            member.put("gender", child.gender());
            member.put("role", "CHILD");
            member.put("schoolYear", child.schoolYear());
            member.put("sen", child.sen());
            member.put("freeSchoolMeals", child.freeSchoolMeals());
            member.put("ethnicity", child.ethnicity());
            member.put("knownToSocialCare", child.knownToSocialCare());
            members.add(member);
        }
        return members;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
