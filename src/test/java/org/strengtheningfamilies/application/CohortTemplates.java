package org.strengtheningfamilies.application;

import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AUDIT_CLAIM;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AGREE_FAMILY_PLAN;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AWAIT_CAPACITY;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_DECIDE_FURTHER_SUPPORT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_HOLD_TAF_MEETING;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_MONTHLY_REVIEW;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PANEL_VALIDATION;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PROVIDE_MORE_INFORMATION;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_SEEK_CONSENT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_SUPPORT_FAMILY;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_VERIFY_OUTCOMES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * Families taken through the product to each state a national cohort holds, each step as the person
 * whose step it is (the referrer starts the case, the panel decides, the allocation job finds a key
 * worker, the key worker fills in each form, audit decides): the rows they leave in the engine's and
 * the programme's tables are the product's own, and {@link CohortReplicator} copies them.
 */
final class CohortTemplates {

    /** Where a family's case stands: live at a task, or ended one way or another. */
    enum Shape {
        PANEL(TASK_PANEL_VALIDATION), MORE_INFO(TASK_PROVIDE_MORE_INFORMATION), AWAITING(TASK_AWAIT_CAPACITY),
        CONSENT(TASK_SEEK_CONSENT), TAF(TASK_HOLD_TAF_MEETING), PLAN(TASK_AGREE_FAMILY_PLAN), SUPPORT(TASK_SUPPORT_FAMILY),
        REVIEW(TASK_MONTHLY_REVIEW), VERIFY(TASK_VERIFY_OUTCOMES), AUDIT(TASK_AUDIT_CLAIM),
        FURTHER_SUPPORT(TASK_DECIDE_FURTHER_SUPPORT),
        CLAIMED(null), CLOSED_NO_RESULT(null), CONSENT_REFUSED(null), NO_FURTHER_ACTION(null), REJECTED(null),
        SIGNPOSTED(null);

        final String waitingTask;

        Shape(String waitingTask) {
            this.waitingTask = waitingTask;
        }

        boolean live() {
            return waitingTask != null;
        }

        /** Live with a key worker holding the family's place. */
        boolean allocated() {
            return live() && this != PANEL && this != MORE_INFO && this != AWAITING;
        }
    }

    /** One family driven through the product. */
    record Template(String processInstanceId, String familyRef, String service, Shape shape, String keyWorker) {
    }

    static final List<String> SERVICES = List.of("CFP", "CSC", "YOT", "NEP");
    /** Allocated families of each service, in multiples of the cap: every template key worker ends up full. */
    static final List<Shape> ALLOCATED = List.of(Shape.CONSENT, Shape.TAF, Shape.PLAN, Shape.SUPPORT, Shape.SUPPORT,
            Shape.REVIEW, Shape.REVIEW, Shape.VERIFY, Shape.AUDIT, Shape.FURTHER_SUPPORT);

    private final ProcessEngine engine;
    private final LocalDate today;
    private int sequence;

    CohortTemplates(ProcessEngine engine, LocalDate today) {
        this.engine = engine;
        this.today = today;
    }

    /** Template references: 4 digits, so that no reference is the beginning of another. */
    static String templateRef(int n) {
        return "TPL-%04d".formatted(n);
    }

    /** Template key workers: fixed width, for the same reason. */
    static String templateKeyWorker(String service, int n) {
        return "kwt-%s-%02d".formatted(service.toLowerCase(), n);
    }

    /**
     * Every shape, for each lead service where it has one: the closed cases first (their places are
     * freed again), then the allocated ones, which fill every template key worker's five places, then
     * those that find no place and wait for capacity.
     */
    List<Template> drive() {
        int workersPerService = ALLOCATED.size() / 5;
        var identity = engine.getIdentityService();
        // the demo's own key workers leave the teams: the template key workers take every place
        for (String service : List.of("cfp", "csc", "yot", "nep", "fip")) {
            identity.createUserQuery().memberOfGroup("team-" + service).list()
                    .forEach(u -> identity.deleteMembership(u.getId(), "team-" + service));
        }
        for (String service : SERVICES) {
            for (int w = 1; w <= workersPerService; w++) {
                String id = templateKeyWorker(service, w);
                if (identity.createUserQuery().userId(id).count() == 0) {
                    var user = identity.newUser(id);
                    user.setFirstName("Key");
                    user.setLastName("Worker " + id);
                    user.setPassword("demo");
                    identity.saveUser(user);
                    identity.createMembership(id, "key-workers");
                    identity.createMembership(id, "team-" + service.toLowerCase());
                }
            }
        }
        List<Template> templates = new ArrayList<>();
        for (Shape shape : List.of(Shape.NO_FURTHER_ACTION, Shape.REJECTED, Shape.SIGNPOSTED)) {
            for (int i = 0; i < 3; i++) {
                templates.add(family(shape, "CFP"));
            }
        }
        for (String service : SERVICES) {
            for (Shape shape : List.of(Shape.CLAIMED, Shape.CLAIMED, Shape.CLAIMED, Shape.CLOSED_NO_RESULT,
                    Shape.CLOSED_NO_RESULT, Shape.CONSENT_REFUSED)) {
                templates.add(family(shape, service));
            }
        }
        for (String service : SERVICES) {
            for (Shape shape : ALLOCATED) {
                templates.add(family(shape, service));
            }
            templates.add(family(Shape.AWAITING, service));
            templates.add(family(Shape.AWAITING, service));
        }
        for (int i = 0; i < 6; i++) {
            templates.add(family(Shape.PANEL, SERVICES.get(i % SERVICES.size())));
        }
        templates.add(family(Shape.MORE_INFO, "CFP"));
        templates.add(family(Shape.MORE_INFO, "YOT"));
        return templates;
    }

    private Template family(Shape shape, String service) {
        String ref = templateRef(++sequence);
        VariableMap referral = FamilyCaseProcessTest.referral(ref);
        if (shape == Shape.SIGNPOSTED) {
            referral.putValue("criterionEducation", false).putValue("criterionWork", false);
        }
        String pi = as("referrer", List.of("referrers"),
                () -> engine.getRuntimeService().startProcessInstanceByKey("family-case", ref, referral).getId());
        runJobs(pi);
        if (shape == Shape.SIGNPOSTED || shape == Shape.PANEL) {
            return done(pi, ref, service, shape);
        }
        Map<String, Object> decision = switch (shape) {
            case MORE_INFO -> Variables.createVariables().putValue("panelDecision", "MORE_INFO")
                    .putValue("panelReason", "Which school does the younger child attend?");
            case REJECTED -> Variables.createVariables().putValue("panelDecision", "REJECT")
                    .putValue("panelReason", "Already supported by the Family Intervention Project");
            case NO_FURTHER_ACTION -> FamilyCaseProcessTest.accept(3, "NFA");
            default -> FamilyCaseProcessTest.accept(level(service), service);
        };
        complete(pi, TASK_PANEL_VALIDATION, "panel", List.of("panel"), decision);
        runJobs(pi);
        if (shape == Shape.MORE_INFO || shape == Shape.REJECTED || shape == Shape.NO_FURTHER_ACTION
                || shape == Shape.AWAITING) {
            return done(pi, ref, service, shape);
        }
        String worker = (String) engine.getRuntimeService().getVariable(pi, "keyWorker");
        if (waiting(pi, shape)) {
            return done(pi, ref, service, shape, worker);
        }
        List<String> groups = List.of("key-workers", "team-" + service.toLowerCase());
        complete(pi, TASK_SEEK_CONSENT, worker, groups, FamilyCaseProcessTest.consent(shape != Shape.CONSENT_REFUSED));
        runJobs(pi);
        if (shape == Shape.CONSENT_REFUSED) {
            return done(pi, ref, service, shape);
        }
        if (waiting(pi, shape)) {
            return done(pi, ref, service, shape, worker);
        }
        // in support for a few weeks, a review due, or the six months over (the support-period timer fires)
        String attached = (shape == Shape.SUPPORT ? today.minusDays(20) : shape == Shape.REVIEW ? today.minusDays(45)
                : today.minusDays(200)).toString();
        complete(pi, TASK_HOLD_TAF_MEETING, worker, groups, FamilyCaseProcessTest.tafMeeting(attached));
        runJobs(pi);
        if (waiting(pi, shape)) {
            return done(pi, ref, service, shape, worker);
        }
        complete(pi, TASK_AGREE_FAMILY_PLAN, worker, groups, FamilyCaseProcessTest.plan(true, attached));
        runJobs(pi);
        if (shape == Shape.REVIEW) {
            // the review timer runs a month from the plan's signing, on the engine's clock: fired as the month is over
            engine.getManagementService().createJobQuery().processInstanceId(pi).activityId("IntermediateEvent_ReviewDue")
                    .list().forEach(job -> engine.getManagementService().executeJob(job.getId()));
            runJobs(pi);
        }
        if (waiting(pi, shape)) {
            return done(pi, ref, service, shape, worker);
        }
        boolean turned = shape != Shape.CLOSED_NO_RESULT && shape != Shape.FURTHER_SUPPORT;
        complete(pi, TASK_VERIFY_OUTCOMES, worker, groups, turned ? FamilyCaseProcessTest.evidence() : notTurnedAround());
        runJobs(pi);
        if (waiting(pi, shape)) {
            return done(pi, ref, service, shape, worker);
        }
        if (shape == Shape.CLOSED_NO_RESULT) {
            complete(pi, TASK_DECIDE_FURTHER_SUPPORT, "coordinator", List.of("coordinator"), Variables.createVariables()
                    .putValue("furtherSupportDecision", "CLOSE").putValue("furtherSupportNotes", "No further support agreed"));
        } else {
            complete(pi, TASK_AUDIT_CLAIM, "auditor", List.of("audit"), Variables.createVariables()
                    .putValue("auditDecision", "APPROVED"));
        }
        runJobs(pi);
        return done(pi, ref, service, shape, worker);
    }

    /** The family is where its shape waits: the live shapes stop at the first step they reach. */
    private boolean waiting(String pi, Shape shape) {
        return shape.live() && engine.getTaskService().createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(shape.waitingTask).count() == 1;
    }

    private Template done(String pi, String ref, String service, Shape shape) {
        Object worker = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi)
                .variableName("keyWorker").list().stream().findFirst().map(v -> v.getValue()).orElse(null);
        return done(pi, ref, service, shape, (String) worker);
    }

    private Template done(String pi, String ref, String service, Shape shape, String worker) {
        boolean running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() == 1;
        if (running != shape.live() || shape.live() && engine.getTaskService().createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(shape.waitingTask).count() != 1) {
            throw new IllegalStateException(ref + " did not reach " + shape + " (tasks: " + engine.getTaskService()
                    .createTaskQuery().processInstanceId(pi).list().stream().map(Task::getTaskDefinitionKey).toList() + ")");
        }
        if (shape.allocated() && worker == null || shape == Shape.AWAITING && worker != null) {
            throw new IllegalStateException(ref + " (" + shape + ") has key worker " + worker);
        }
        return new Template(pi, ref, service, shape, worker);
    }

    private static int level(String service) {
        return switch (service) {
            case "CSC" -> 4;
            case "NEP" -> 2;
            default -> 3;
        };
    }

    /** Nothing met: ASB unchanged, the child still missing school, no work. */
    private static VariableMap notTurnedAround() {
        return Variables.createVariables()
                .putValue("baselineAsbIncidents", 5).putValue("afterAsbIncidents", 5)
                .putValue("baselineYouthOffences", 0).putValue("afterYouthOffences", 0)
                .putValue("childrenEducation", SpinValues.jsonValue("""
                        [{"name":"Lee Smith","unauthorisedAbsenceSessions":100,"possibleSessions":380,
                          "fixedExclusions":1,"permanentlyExcluded":false}]""").create())
                .putValue("progressToWork", false)
                .putValue("continuousEmploymentWeeks", 0);
    }

    private void complete(String pi, String taskKey, String user, List<String> groups, Map<String, Object> variables) {
        as(user, groups, () -> {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey)
                    .singleResult();
            if (task == null) {
                throw new IllegalStateException("no " + taskKey + " for " + user + " in " + pi + " (tasks: "
                        + engine.getTaskService().createTaskQuery().processInstanceId(pi).list().stream()
                        .map(Task::getTaskDefinitionKey).toList() + ", jobs due: " + engine.getManagementService()
                        .createJobQuery().processInstanceId(pi).list().stream().map(Job::getDuedate).toList() + ")");
            }
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        });
    }

    /** What the job executor would do: the family's asynchronous steps and due timers. */
    private void runJobs(String pi) {
        engine.getIdentityService().clearAuthentication();
        for (int round = 0; round < 50; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(pi).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException(pi + " keeps creating jobs");
    }

    private <T> T as(String user, List<String> groups, Supplier<T> step) {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return step.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
