package org.strengtheningfamilies.demo;

import static org.strengtheningfamilies.familycase.FamilyCaseElements.INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AGREE_FAMILY_PLAN;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AUDIT_CLAIM;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_HOLD_TAF_MEETING;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PANEL_VALIDATION;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_SEEK_CONSENT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_VERIFY_OUTCOMES;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * once, or not at all. The engine's clock is global: while the cohort loads (seconds, at first start)
 * anything else the engine does is dated in 2012/13 too, which is why it is a demo-only feature.
 *
 * <p>Ten CFP families go further, through their key worker's tasks to a signed plan (attached in
 * 2012), and five of those on to verified outcomes and an approved claim in April 2013. The other
 * families accepted with a lead service wait for the allocation job, which the job executor runs at
 * the real time once the cohort is committed: with the demo's few key workers (cap 5) most of them
 * wait for capacity, in the coordinator's queue. The retrospective families wait at outcome
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
    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ZoneId zone;

    public DemoCohort(RuntimeService runtime, TaskService tasks, ManagementService management, JdbcTemplate jdbc,
                      TransactionTemplate transaction, java.time.Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.zone = clock.getZone();
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

    public boolean loaded() {
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
        Task panel = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_PANEL_VALIDATION)
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
        if (family.attachmentDate() != null) {
            supported(pi, family);
        }
    }

    /** Allocation, consent, the TAF meeting and the signed plan; then, for some, outcomes and a claim. */
    private void supported(ProcessInstance pi, Family family) {
        runJobs(pi);
        if (tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_SEEK_CONSENT).count() == 0) {
            // no key worker of the lead service had a place (no demo users?): the family waits like the others
            LOG.warn("Demo cohort: {} waits for a key worker instead of going further", family.familyRef());
            return;
        }
        LocalDate decided = family.decidedOn();
        at(decided.plusDays(7));
        complete(pi, TASK_SEEK_CONSENT, Variables.createVariables().putValue("consentGiven", true)
                .putValue("consentNotes", "Demo cohort: agreed at a home visit"));
        LocalDate taf = decided.plusDays(14);
        at(taf);
        complete(pi, TASK_HOLD_TAF_MEETING, Variables.createVariables().putValue("tafDate", taf.toString())
                .putValue("tafAttendees", SpinValues.jsonValue("[\"SCHOOL\",\"POLICE\",\"HOUSING\"]").create())
                .putValue("tafNeeds", "Demo cohort: school attendance, ASB on the estate"));
        LocalDate attached = family.attachmentDate();
        at(attached);
        complete(pi, TASK_AGREE_FAMILY_PLAN, Variables.createVariables()
                .putValue("planActions", SpinValues.jsonValue(json(List.of(Map.of("action", "Attend school every day",
                        "owner", "Children and school", "dueDate", attached.plusMonths(3).toString(),
                        "measure", "Attendance above 90%")))).create())
                .putValue("planResources", SpinValues.jsonValue("[\"FAMILY_GROUP_CONFERENCING\"]").create())
                .putValue("planSignedByAll", true)
                .putValue("attachmentDate", attached.toString()));
        if (family.turnedAroundOn() == null) {
            return;
        }
        at(attached.plusMonths(6));
        Job supportEnded = management.createJobQuery().processInstanceId(pi.getId())
                .activityId(INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED).timers().singleResult();
        management.executeJob(supportEnded.getId());
        runJobs(pi);
        at(family.turnedAroundOn());
        List<Map<String, Object>> education = new ArrayList<>();
        for (int i = 0; i < family.children().size(); i++) {
            education.add(Map.of("name", "Child " + (i + 1) + " " + family.familyRef(), "unauthorisedAbsenceSessions", 12,
                    "possibleSessions", 380, "fixedExclusions", 0, "permanentlyExcluded", false));
        }
        complete(pi, TASK_VERIFY_OUTCOMES, Variables.createVariables()
                .putValue("baselineAsbIncidents", 6).putValue("afterAsbIncidents", 1)
                .putValue("baselineYouthOffences", 0).putValue("afterYouthOffences", 0)
                .putValue("childrenEducation", SpinValues.jsonValue(json(education)).create())
                .putValue("progressToWork", false).putValue("continuousEmploymentWeeks", 0)
                .putValue("evidenceNotes", "Demo cohort: police and school data"));
        at(family.turnedAroundOn().plusDays(5));
        complete(pi, TASK_AUDIT_CLAIM, Variables.createVariables().putValue("auditDecision", "APPROVED"));
    }

    private void complete(ProcessInstance pi, String taskId, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskId).singleResult();
        if (task == null) {
            throw new IllegalStateException(pi.getBusinessKey() + " is not at " + taskId);
        }
        tasks.complete(task.getId(), variables);
        runJobs(pi);
    }

    /** The service tasks that run as jobs after a person's step, run here, in the cohort's transaction. */
    private void runJobs(ProcessInstance pi) {
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException(pi.getBusinessKey() + ": jobs keep coming");
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
