package org.strengtheningfamilies.demo;

import static org.strengtheningfamilies.familycase.FamilyCaseElements.INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AGREE_FAMILY_PLAN;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AUDIT_CLAIM;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_HOLD_TAF_MEETING;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PANEL_VALIDATION;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_SEEK_CONSENT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_VERIFY_OUTCOMES;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.PLAN_ACTIONS;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.PLAN_RESOURCES;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.PLAN_SIGNED_BY_ALL;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.TAF_ATTENDEES;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.TAF_DATE;
import static org.strengtheningfamilies.familyplan.FamilyPlanVariables.TAF_NEEDS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.AFTER_ASB_INCIDENTS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.AFTER_YOUTH_OFFENCES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.BASELINE_ASB_INCIDENTS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.BASELINE_YOUTH_OFFENCES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CHILDREN_EDUCATION;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CONTINUOUS_EMPLOYMENT_WEEKS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.EVIDENCE_NOTES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.PROGRESS_TO_WORK;
import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.panel.PanelVariables.NEED_LEVEL;
import static org.strengtheningfamilies.panel.PanelVariables.PANEL_DECISION;
import static org.strengtheningfamilies.panel.PanelVariables.PANEL_REASON;
import static org.strengtheningfamilies.payment.PaymentVariables.AUDIT_DECISION;
import static org.strengtheningfamilies.referral.ReferralVariables.*;
import static org.strengtheningfamilies.support.SupportVariables.ATTACHMENT_DATE;
import static org.strengtheningfamilies.support.SupportVariables.CONSENT_GIVEN;
import static org.strengtheningfamilies.support.SupportVariables.CONSENT_NOTES;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengtheningfamilies.allocation.KeyWorkerAllocation;
import org.strengtheningfamilies.demo.CohortPlan.Child;
import org.strengtheningfamilies.demo.CohortPlan.Family;
import org.strengtheningfamilies.familyplan.PlanAction;
import org.strengtheningfamilies.kernel.ProcessVariable;
import org.strengtheningfamilies.outcomes.ChildEducation;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.panel.PanelDecision;
import org.strengtheningfamilies.payment.AuditDecision;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.referral.HouseholdMember;
import org.strengtheningfamilies.referral.ReferringAgency;

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
 * the real time once the cohort is committed; {@link DemoKeyWorkers} has added key workers enough for
 * all of them and places to spare in every lead service. The retrospective families wait at outcome
 * verification.
 *
 * <p>Part of the {@code demo} profile (the embedded default, {@code spring.profiles.default}); it enters
 * every value through the typed variable contract, as the forms' fields are declared there.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "sf.demo.cohort", havingValue = "true")
public class DemoCohort {

    static final String SEED = "demo-cohort-2012";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCohort.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final KeyWorkerAllocation allocation;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ZoneId zone;
    private final ProgrammePhases phases;

    public DemoCohort(RuntimeService runtime, TaskService tasks, ManagementService management, IdentityService identity,
                      KeyWorkerAllocation allocation, JdbcTemplate jdbc, TransactionTemplate transaction,
                      java.time.Clock clock, ProgrammePhases phases) {
        this.phases = phases;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
        this.allocation = allocation;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.zone = clock.getZone();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30) // after the demo users and groups (DemoIdentity, order 20)
    public void loadOnce() {
        List<Family> families = CohortPlan.families();
        DemoKeyWorkers.ensure(identity, families, allocation.cap());
        if (loaded()) {
            return;
        }
        long started = System.nanoTime();
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.update("insert into sf_demo_seed (name, seeded_at) values (?, current_timestamp)", SEED);
                try {
                    // the cohort is the 2012-15 report's, whatever phase the council refers under now
                    phases.referringUnder(ProgrammePhase.TF_2012, () -> {
                        families.forEach(this::enter);
                        return null;
                    });
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
        tasks.complete(panel.getId(), new Values()
                .with(PANEL_DECISION, PanelDecision.ACCEPT)
                .with(NEED_LEVEL, family.needLevel())
                .with(LEAD_SERVICE, LeadService.valueOf(family.leadService()))
                .with(PANEL_REASON, "Demo cohort: accepted at the panel of " + family.decidedOn()).map);
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
        complete(pi, TASK_SEEK_CONSENT, new Values().with(CONSENT_GIVEN, true)
                .with(CONSENT_NOTES, "Demo cohort: agreed at a home visit"));
        LocalDate taf = decided.plusDays(14);
        at(taf);
        complete(pi, TASK_HOLD_TAF_MEETING, new Values().with(TAF_DATE, taf)
                .with(TAF_ATTENDEES, List.of("SCHOOL", "POLICE", "HOUSING"))
                .with(TAF_NEEDS, "Demo cohort: school attendance, ASB on the estate"));
        LocalDate attached = family.attachmentDate();
        at(attached);
        complete(pi, TASK_AGREE_FAMILY_PLAN, new Values()
                .with(PLAN_ACTIONS, List.of(new PlanAction("Attend school every day", "Children and school",
                        attached.plusMonths(3), "Attendance above 90%")))
                .with(PLAN_RESOURCES, List.of("FAMILY_GROUP_CONFERENCING"))
                .with(PLAN_SIGNED_BY_ALL, true)
                .with(ATTACHMENT_DATE, attached));
        if (family.turnedAroundOn() == null) {
            return;
        }
        at(attached.plusMonths(6));
        Job supportEnded = management.createJobQuery().processInstanceId(pi.getId())
                .activityId(INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED).timers().singleResult();
        management.executeJob(supportEnded.getId());
        runJobs(pi);
        at(family.turnedAroundOn());
        List<ChildEducation> education = new ArrayList<>();
        for (int i = 0; i < family.children().size(); i++) {
            education.add(new ChildEducation("Child " + (i + 1) + " " + family.familyRef(), 12, 380, 0, false));
        }
        complete(pi, TASK_VERIFY_OUTCOMES, new Values()
                .with(BASELINE_ASB_INCIDENTS, 6).with(AFTER_ASB_INCIDENTS, 1)
                .with(BASELINE_YOUTH_OFFENCES, 0).with(AFTER_YOUTH_OFFENCES, 0)
                .with(CHILDREN_EDUCATION, education)
                .with(PROGRESS_TO_WORK, false).with(CONTINUOUS_EMPLOYMENT_WEEKS, 0)
                .with(EVIDENCE_NOTES, "Demo cohort: police and school data"));
        at(family.turnedAroundOn().plusDays(5));
        complete(pi, TASK_AUDIT_CLAIM, new Values().with(AUDIT_DECISION, AuditDecision.APPROVED));
    }

    private void complete(ProcessInstance pi, String taskId, Values values) {
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskId).singleResult();
        if (task == null) {
            throw new IllegalStateException(pi.getBusinessKey() + " is not at " + taskId);
        }
        tasks.complete(task.getId(), values.map);
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

    /** A form's values, each through its declared variable, so they are stored as the forms store them. */
    private static final class Values {

        final VariableMap map = Variables.createVariables();

        <T> Values with(ProcessVariable<T> variable, T value) {
            map.putValue(variable.name(), variable.toStored(value));
            return this;
        }
    }

    private static VariableMap referral(Family family) {
        boolean three = family.threeCriteria();
        Values referral = new Values()
                .with(FAMILY_REF, family.familyRef())
                .with(REFERRING_AGENCY, family.retrospective() ? ReferringAgency.OTHER : ReferringAgency.SOCIAL_CARE)
                .with(DISTRICT, family.district())
                .with(CRITERION_CRIME_ASB, true)
                .with(CRITERION_CRIME_ASB_EVIDENCE, "Demo: ASB incidents recorded by the police")
                .with(CRITERION_EDUCATION, true)
                .with(CRITERION_EDUCATION_EVIDENCE, "Demo: unauthorised absence over 15%")
                .with(CRITERION_WORK, three)
                .with(CRITERION_WORK_EVIDENCE, three ? "Demo: out-of-work benefits" : null)
                .with(LOCAL_DOMESTIC_ABUSE, !three)
                .with(LOCAL_POLICE_CALLOUTS, false)
                .with(LOCAL_SUBSTANCE_MISUSE, false)
                .with(LOCAL_HOUSING, false)
                .with(LOCAL_FILTERS_EVIDENCE, three ? null : "Demo: domestic abuse notifications")
                .with(HOUSEHOLD_MEMBERS, members(family))
                .with(PRESENTING_ISSUES, family.presentingIssues())
                .with(RETROSPECTIVE, family.retrospective());
        if (family.retrospective()) {
            referral.with(LEAD_SERVICE, LeadService.valueOf(family.leadService()))
                    .with(NEED_LEVEL, family.needLevel())
                    .with(ATTACHMENT_DATE, family.attachmentDate());
        }
        return referral.map;
    }

    private static List<HouseholdMember> members(Family family) {
        List<HouseholdMember> members = new ArrayList<>();
        members.add(new HouseholdMember("Parent " + family.familyRef(), LocalDate.of(1978, 3, 1), HouseholdMember.Gender.FEMALE,
                HouseholdMember.Role.ADULT, null, null, null, null, null));
        int n = 1;
        for (Child child : family.children()) {
            String name = "Child " + n++ + " " + family.familyRef();
            // aged for the school year in September 2012
            LocalDate born = LocalDate.of(2012 - child.schoolYear() - 5, 1 + (n * 5) % 12, 10);
            members.add(new HouseholdMember(name, born, HouseholdMember.Gender.valueOf(child.gender()),
                    HouseholdMember.Role.CHILD, child.schoolYear(), HouseholdMember.Sen.valueOf(child.sen()),
                    child.freeSchoolMeals(), child.ethnicity(), child.knownToSocialCare()));
        }
        return members;
    }
}
