package org.strengtheningfamilies.application;

import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_SUPPORT_FAMILY;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * Not a test: {@code mvn -Pbenchmarks test -Dtest=FamilyLifecycleBenchmark [-Dfamilies=10000 -Dthreads=4]}.
 * Families go from referral to a recorded claim (allocation, attachment, the support-period timer,
 * outcomes, audit) on PostgreSQL through the Java API, as staff would take them: once through
 * {@code family-case}, and in the same run the same number through {@code family-case-floor}, a copy
 * of the process whose delegates and listeners do nothing (the engine's own cost, fed the values the
 * delegates would have written). Prints families per second for both, their ratio and peak heap.
 * The floor runs first, so the product meets the larger database.
 */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "sf.demo.users=true",
        "logging.level.org.strengtheningfamilies=WARN", "logging.level.org.camunda=WARN"})
@ActiveProfiles("postgres")
@DirtiesContext // closed after the class, before the embedded PostgreSQL stops with the JVM
@Import(FamilyLifecycleBenchmark.Floor.class)
class FamilyLifecycleBenchmark {

    static final int FAMILIES = Integer.getInteger("families", 10_000);
    static final int THREADS = Integer.getInteger("threads", 4);
    static final int WARM_UP = Math.min(200, FAMILIES);
    static final String ATTACHED = "2012-10-03"; // the support period is over: its timer is due at once

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("SF_DB_URL", () -> EmbeddedPostgresDatabase.jdbcUrl("lifecycle_benchmark"));
        registry.add("SF_DB_USER", () -> "postgres");
        registry.add("SF_DB_PASSWORD", () -> "postgres");
    }

    @TestConfiguration
    static class Floor {
        /** Every delegate and listener of the floor copy. */
        @Bean
        DoNothing doNothing() {
            return new DoNothing();
        }
    }

    static class DoNothing implements JavaDelegate, TaskListener, ExecutionListener {
        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateTask task) {
        }

        @Override
        public void notify(DelegateExecution execution) {
        }
    }

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;

    final AtomicInteger sequence = new AtomicInteger();

    @Test
    void familiesPerSecondAgainstTheEngineFloor() throws Exception {
        deployFloorCopy();
        run("floor (warm-up)", true, WARM_UP);
        run("product (warm-up)", false, WARM_UP);
        Result floor = run("floor", true, FAMILIES);
        Result product = run("product", false, FAMILIES);
        System.out.printf("%n== FamilyLifecycleBenchmark: %d families each, %d threads, PostgreSQL %s ==%n", FAMILIES, THREADS,
                "embedded");
        System.out.println(floor);
        System.out.println(product);
        System.out.printf("product / floor time ratio: %.2f (goal: at most 1.30)%n%n", floor.familiesPerSecond / product.familiesPerSecond);
    }

    record Result(String name, int families, double seconds, double familiesPerSecond, long peakHeapMb) {
        @Override
        public String toString() {
            return "%-8s %6d families in %7.1f s = %6.1f families/s, peak heap %d MB".formatted(name, families, seconds,
                    familiesPerSecond, peakHeapMb);
        }
    }

    private Result run(String name, boolean floor, int families) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < families; i++) {
            done.add(pool.submit(() -> {
                family(floor);
                return null;
            }));
        }
        for (Future<?> family : done) {
            family.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        return new Result(name, families, seconds, families / seconds, peak);
    }

    /** One family, step by step, each step as the person whose step it is. */
    private void family(boolean floor) {
        String ref = "BM-%06d".formatted(sequence.incrementAndGet());
        VariableMap referral = Variables.createVariables().putValue("familyRef", ref).putValue("referringAgency", "SCHOOL")
                .putValue("district", "Netherfield").putValue("criterionCrimeAsb", true)
                .putValue("criterionEducation", true).putValue("criterionWork", true)
                .putValue("householdMembers", SpinValues.jsonValue(
                        "[{\"name\":\"Jo Lee\",\"dateOfBirth\":\"1980-01-01\",\"gender\":\"FEMALE\",\"role\":\"ADULT\"}]").create());
        if (floor) {
            // what the start listener, Task_AssessCriteria and the allocation would have written
            referral.putValue("retrospective", false).putValue("nationalCriteriaCount", 3).putValue("localFilterCount", 0)
                    .putValue("keyWorker", "kw-cfp-1");
        }
        String pi = as("referrer", List.of("referrers"),
                () -> runtime.startProcessInstanceByKey(floor ? "family-case-floor" : "family-case", ref, referral).getId());
        complete(pi, "panel", List.of("panel"), FamilyCaseProcessTest.accept(3, "CFP"));
        runJobs(pi);
        String worker = (String) runtime.getVariable(pi, "keyWorker");
        List<String> workerGroups = List.of("key-workers", "team-cfp");
        complete(pi, worker, workerGroups, FamilyCaseProcessTest.consent(true));
        complete(pi, worker, workerGroups, FamilyCaseProcessTest.tafMeeting(ATTACHED));
        VariableMap plan = FamilyCaseProcessTest.plan(true, ATTACHED);
        if (floor) {
            plan.putValue("supportEndDate", "2013-04-03");
        }
        complete(pi, worker, workerGroups, plan);
        runJobs(pi);
        VariableMap evidence = FamilyCaseProcessTest.evidence();
        if (floor) {
            evidence.putValue("turnedAround", true).putValue("claimAmountPence", 70_000L);
        }
        complete(pi, worker, workerGroups, evidence);
        runJobs(pi);
        complete(pi, "auditor", List.of("audit"), Variables.createVariables().putValue("auditDecision", "APPROVED"));
        runJobs(pi);
        if (runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
            throw new IllegalStateException(ref + " did not reach its end");
        }
    }

    private void complete(String pi, String user, List<String> groups, Map<String, Object> variables) {
        as(user, groups, () -> {
            Task task = tasks.createTaskQuery().processInstanceId(pi).active().list().stream()
                    .filter(t -> !TASK_SUPPORT_FAMILY.equals(t.getTaskDefinitionKey())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no task for " + user + " in " + pi));
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    /** What the job executor would do: the async steps and the due timers of this family. */
    private void runJobs(String pi) {
        identity.clearAuthentication();
        List<Job> due;
        while (!(due = management.createJobQuery().processInstanceId(pi).executable().list()).isEmpty()) {
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private <T> T as(String user, List<String> groups, java.util.function.Supplier<T> step) {
        identity.setAuthentication(user, groups);
        try {
            return step.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** family-case with every delegate and listener replaced by one that does nothing. */
    private void deployFloorCopy() throws Exception {
        String bpmn = new String(new ClassPathResource("processes/family-case.bpmn").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)
                .replace("id=\"family-case\"", "id=\"family-case-floor\"")
                .replaceAll("delegateExpression=\"\\$\\{[a-zA-Z]+}\"", "delegateExpression=\"\\${doNothing}\"");
        byte[] dmn = new ClassPathResource("processes/identification-route.dmn").getInputStream().readAllBytes();
        repository.createDeployment().name("family-case-floor")
                .addString("family-case-floor.bpmn", bpmn)
                .addInputStream("identification-route.dmn", new java.io.ByteArrayInputStream(dmn))
                .deploy();
        // the same permissions on the copy as the role model gives on the case process
        for (Authorization original : authorizations.createAuthorizationQuery().resourceId("family-case").list()) {
            Authorization copy = authorizations.createNewAuthorization(original.getAuthorizationType());
            copy.setResourceType(original.getResourceType());
            copy.setResourceId("family-case-floor");
            copy.setUserId(original.getUserId());
            copy.setGroupId(original.getGroupId());
            ((AuthorizationEntity) copy).setPermissions(((AuthorizationEntity) original).getPermissions());
            authorizations.saveAuthorization(copy);
        }
    }
}
