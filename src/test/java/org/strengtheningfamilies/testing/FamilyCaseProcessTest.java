package org.strengtheningfamilies.testing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.spin.plugin.variable.SpinValues.jsonValue;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockElResolver;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.strengtheningfamilies.StrengtheningFamiliesApplication;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.datamatching.DataEvidence;
import org.strengtheningfamilies.datamatching.EvidencePrefill;
import org.strengtheningfamilies.identity.ProgrammeGroups;
import org.strengtheningfamilies.payment.ClaimRepository;

/**
 * Base of the family-case process tests: the application's own beans (FamilyCaseProcessTest.Application: the
 * production configuration on an in-memory H2, job executor off), the models and forms of processes/
 * and forms/ deployed for each test as the application deploys them, the business clock set to
 * {@link #TODAY}, and helpers that fill in each form the way Tasklist would. The Spring context, and so
 * the engine, is shared by every process test class with the same properties.
 */
@SpringBootTest(classes = FamilyCaseProcessTest.Application.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:process-tests-${random.uuid};DB_CLOSE_DELAY=-1",
                "camunda.bpm.generate-unique-process-engine-name=true",
                "camunda.bpm.job-execution.enabled=false",
                "camunda.bpm.auto-deployment-enabled=false",
                // the process tests check the process, not who may do what (RoleMatrixTest does)
                "camunda.bpm.authorization.enabled=false",
                "sf.demo.users=false", "sf.demo.cohort=false",
                "sf.admin.user=process-tests", "sf.admin.password=process-tests-only",
                "sf.imports.inbox=",
                // e-mail reminders on, as a council would run them; the notification tests start the SMTP server
                "sf.notifications.enabled=true", "spring.mail.host=localhost",
                "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000"})
// named here as well as by @SpringBootTest: the application tests' scan then sees a test class and leaves
// its nested Application out
@ExtendWith(SpringExtension.class)
public abstract class FamilyCaseProcessTest {

    /**
     * The process tests' application: every production component and configuration, with Spring Boot's
     * auto-configuration, as {@link StrengtheningFamiliesApplication} wires them, but not deployed as a
     * process application (each test deploys processes/ and forms/ itself and removes them after). Two
     * things differ from production: the agency data behind the evidence pre-fill is a map the test fills,
     * and Camunda's {@code Mocks} may stand in for a bean in one test (a store that fails, say).
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = StrengtheningFamiliesApplication.class, excludeFilters = {
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = StrengtheningFamiliesApplication.class)})
    // nested in a test class, so that the application tests' scan of this package leaves it out
    public static class Application {

        /** The household data of families "found by data matching", by family reference. */
        public static class AgencyEvidence implements EvidencePrefill.EvidenceSource {

            private final Map<String, DataEvidence> byFamily = new ConcurrentHashMap<>();

            public void put(String familyRef, DataEvidence evidence) {
                byFamily.put(familyRef, evidence);
            }

            public void clear() {
                byFamily.clear();
            }

            @Override
            public Optional<DataEvidence> evidenceFor(String familyRef, java.time.LocalDate attachmentDate,
                                                      java.time.LocalDate asAt) {
                return Optional.ofNullable(byFamily.get(familyRef));
            }
        }

        @Bean
        @Primary
        AgencyEvidence testAgencyEvidence() {
            return new AgencyEvidence();
        }

        /** Beans first from Camunda's Mocks (registered by a test), then from the application context. */
        @Bean
        ProcessEnginePlugin mocksBeforeBeans(ApplicationContext context) {
            return new AbstractProcessEnginePlugin() {
                @Override
                public void preInit(ProcessEngineConfigurationImpl configuration) {
                    configuration.setExpressionManager(new SpringExpressionManager(context) {
                        @Override
                        protected ELResolver createElResolver() {
                            CompositeELResolver resolver = new CompositeELResolver();
                            resolver.add(new MockElResolver());
                            resolver.add(super.createElResolver());
                            return resolver;
                        }
                    });
                }
            };
        }
    }

    /** "Today" in the process tests: inside programme year 2. */
    public static final LocalDate TODAY = LocalDate.of(2013, 9, 30);

    /** The key workers of each lead service's team in the process tests. */
    static final Map<String, List<String>> TEAMS = Map.of(
            "team-cfp", List.of("kw-cfp-1", "kw-cfp-2", "kw-cfp-3"), "team-csc", List.of("kw-csc-1"),
            "team-yot", List.of("kw-yot-1"), "team-nep", List.of("kw-nep-1"), "team-fip", List.of("kw-fip-1"));

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected CaseloadRepository caseload;
    @Autowired
    protected ClaimRepository claims;
    @Autowired
    protected Clock clock;
    @Autowired
    protected NamedParameterJdbcTemplate jdbc;
    @Autowired
    protected Application.AgencyEvidence agencyEvidence;
    /** What the programme recorded in its own tables. */
    protected ProgrammeRecords records;
    private String deploymentId;

    @BeforeEach
    void deployAndWire() {
        // one business clock: the rules' "today" and the engine's are the same
        ClockUtil.setCurrentTime(Date.from(TODAY.atTime(12, 0).atZone(clock.getZone()).toInstant()));
        init(engine);
        records = new ProgrammeRecords(jdbc, engine.getHistoryService());
        records.clear();
        agencyEvidence.clear();
        createTeams();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("family-case test");
        for (String folder : new String[] {"processes", "forms"}) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.forEach(file -> {
                    try {
                        deployment.addString(file.getFileName().toString(), Files.readString(file));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deploymentId = deployment.deploy().getId();
    }

    /** Each team as {@link #TEAMS} says, whoever joined it in an earlier test. */
    private void createTeams() {
        IdentityService identity = engine.getIdentityService();
        ProgrammeGroups.ensure(identity);
        TEAMS.forEach((team, workers) -> {
            identity.createUserQuery().memberOfGroup(team).list().stream().map(User::getId)
                    .filter(member -> !workers.contains(member))
                    .forEach(member -> identity.deleteMembership(member, team));
            workers.forEach(worker -> joinTeam(worker, team));
        });
    }

    /** The key worker (a new user if need be) is a member of the team from now on. */
    protected void joinTeam(String keyWorker, String team) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(keyWorker).count() == 0) {
            identity.saveUser(identity.newUser(keyWorker));
        }
        if (identity.createUserQuery().userId(keyWorker).memberOfGroup(team).count() == 0) {
            identity.createMembership(keyWorker, team);
        }
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deploymentId, true, true);
        engine.getIdentityService().clearAuthentication();
        Mocks.reset();
        ClockUtil.reset();
    }

    public int liveFamiliesOf(String keyWorker) {
        return records.liveFamiliesOf(keyWorker);
    }

    // ---- the forms, filled in as a person would ------------------------------------------

    public static VariableMap referral(String familyRef) {
        return Variables.createVariables()
                .putValue("familyRef", familyRef)
                .putValue("referringAgency", "SCHOOL")
                .putValue("district", "Lakes Estate")
                .putValue("criterionCrimeAsb", true)
                .putValue("criterionCrimeAsbEvidence", "ASB injunction, March 2012")
                .putValue("criterionEducation", true)
                .putValue("criterionEducationEvidence", "Three fixed-term exclusions in the last three terms")
                .putValue("criterionWork", true)
                .putValue("criterionWorkEvidence", "Mother on JSA since 2010")
                .putValue("localDomesticAbuse", false)
                .putValue("localPoliceCallouts", false)
                .putValue("localSubstanceMisuse", false)
                .putValue("localHousing", false)
                .putValue("householdMembers", jsonValue("""
                        [{"name":"Jo Smith","dateOfBirth":"1980-05-01","gender":"FEMALE","role":"ADULT",
                          "ethnicity":"A1","knownToSocialCare":false},
                         {"name":"Lee Smith","dateOfBirth":"1998-02-11","gender":"MALE","role":"CHILD",
                          "schoolYear":10,"sen":"SCHOOL_ACTION","freeSchoolMeals":true,"ethnicity":"A1",
                          "knownToSocialCare":true}]""").create())
                .putValue("presentingIssues", jsonValue("[\"Parenting\",\"Poor school attendance\"]").create());
    }

    public static VariableMap accept(int needLevel, String leadService) {
        return Variables.createVariables().putValue("panelDecision", "ACCEPT").putValue("needLevel", needLevel)
                .putValue("leadService", leadService).putValue("panelReason", "Meets all three criteria");
    }

    public static VariableMap consent(boolean given) {
        return Variables.createVariables().putValue("consentGiven", given)
                .putValue("consentNotes", given ? "Mother agreed at home visit" : "Family declined");
    }

    public static VariableMap tafMeeting(String date) {
        return Variables.createVariables().putValue("tafDate", date)
                .putValue("tafAttendees", jsonValue("[\"SCHOOL\",\"POLICE\",\"HOUSING\"]").create())
                .putValue("tafNeeds", "School attendance, ASB on the estate, mother back to work");
    }

    public static VariableMap plan(boolean signed, String attachmentDate) {
        VariableMap plan = Variables.createVariables()
                .putValue("planActions", jsonValue("""
                        [{"action":"Attend school every day","owner":"Lee and school","dueDate":"2013-03-31",
                          "measure":"Attendance above 90%"}]""").create())
                .putValue("planResources", jsonValue("[\"FAMILY_GROUP_CONFERENCING\"]").create())
                .putValue("planSignedByAll", signed);
        if (signed) {
            plan.putValue("attachmentDate", attachmentDate);
        } else {
            plan.putValue("planRevisionNotes", "Father will not sign the school action");
        }
        return plan;
    }

    /** Evidence: ASB 5 → 2 (met), no youth offending, one child attending, no work result. */
    public static VariableMap evidence() {
        return Variables.createVariables()
                .putValue("baselineAsbIncidents", 5).putValue("afterAsbIncidents", 2)
                .putValue("baselineYouthOffences", 0).putValue("afterYouthOffences", 0)
                .putValue("childrenEducation", jsonValue("""
                        [{"name":"Lee Smith","unauthorisedAbsenceSessions":20,"possibleSessions":380,
                          "fixedExclusions":1,"permanentlyExcluded":false}]""").create())
                .putValue("progressToWork", false)
                .putValue("continuousEmploymentWeeks", 0);
    }

    // ---- engine helpers ------------------------------------------------------------------

    protected ProcessInstance startCase(VariableMap variables) {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("family-case", variables);
        runAsyncSteps();
        return pi;
    }

    /**
     * The job executor is off: the service tasks that run as jobs after a person's step (asyncBefore)
     * are run here, as the job executor would, until none is left. Timers are not: tests fire them.
     */
    protected void runAsyncSteps() {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().messages().withRetriesLeft().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("asynchronous steps keep creating more asynchronous steps");
    }

    protected Task taskOf(ProcessInstance pi, String taskId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(taskId).singleResult();
    }

    protected void complete(ProcessInstance pi, String taskId, Map<String, Object> variables) {
        Task task = taskOf(pi, taskId);
        if (task == null) {
            throw new AssertionError("no open task " + taskId);
        }
        engine.getTaskService().complete(task.getId(), variables);
        runAsyncSteps();
    }

    protected Job timerAt(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(activityId).timers().singleResult();
    }

    protected void fire(ProcessInstance pi, String activityId) {
        Job job = timerAt(pi, activityId);
        if (job == null) {
            throw new AssertionError("no timer at " + activityId);
        }
        engine.getManagementService().executeJob(job.getId());
        runAsyncSteps();
    }

    protected Object variable(ProcessInstance pi, String name) {
        return engine.getRuntimeService().getVariable(pi.getId(), name);
    }

    /** Takes a family from referral to the start of intensive support with a CFP key worker. */
    protected ProcessInstance toIntensiveSupport(String familyRef, String attachmentDate) {
        ProcessInstance pi = startCase(referral(familyRef));
        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        complete(pi, TASK_SEEK_CONSENT, consent(true));
        complete(pi, TASK_HOLD_TAF_MEETING, tafMeeting(attachmentDate));
        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, attachmentDate));
        return pi;
    }

    protected java.util.List<String> candidateGroups(ProcessInstance pi, String taskId) {
        return engine.getTaskService().getIdentityLinksForTask(taskOf(pi, taskId).getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).toList();
    }

    protected String historicEndActivity(ProcessInstance pi) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityType("noneEndEvent").singleResult().getActivityId();
    }

    // ---- starting part-way through, and reading history -----------------------------------

    /**
     * The variables of a family attached to a key worker of the lead service (the state on entering
     * intensive support): a valid referral, the panel's acceptance, the allocation and the plan
     * signed on {@code attachmentDate}, with support ending six months later.
     */
    public static VariableMap attachedFamily(String familyRef, String leadService, int needLevel, String keyWorker,
                                             String attachmentDate) {
        LocalDate attached = LocalDate.parse(attachmentDate);
        return referral(familyRef)
                .putValue("retrospective", false)
                .putValue("referredBy", null)
                .putValue("identificationRoute", "THREE_CRITERIA")
                .putValue("panelDecision", "ACCEPT").putValue("panelReason", "Meets all three criteria")
                .putValue("needLevel", needLevel).putValue("leadService", leadService)
                .putValue("keyWorker", keyWorker).putValue("keyWorkerTeam", "team-" + leadService.toLowerCase(Locale.ROOT))
                .putValue("consentGiven", true)
                .putValue("tafDate", attachmentDate)
                .putValue("planSignedByAll", true)
                .putValue("attachmentDate", attachmentDate)
                .putValue("supportEndDate", attached.plusMonths(6).toString())
                .putValue("supportPeriods", 1);
    }

    /**
     * Starts a case part-way through, before {@code activityId}. That skips StartEvent_Referral and
     * so its start listener: the family is registered as live here, as the listener would have.
     */
    protected ProcessInstance startAt(String activityId, Map<String, Object> variables) {
        String familyRef = (String) variables.get("familyRef");
        if (!caseload.register(familyRef, "test")) {
            throw new AssertionError(familyRef + " already has a live case");
        }
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey("family-case").businessKey(familyRef)
                .setVariables(variables).startBeforeActivity(activityId).execute();
        runAsyncSteps();
        return pi;
    }

    /** A variable of a case, read from history, so that it works after the case has ended. */
    protected Object historicVariable(ProcessInstance pi, String name) {
        HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    /** How many times the case has entered the activity (finished or not). */
    protected long timesEntered(ProcessInstance pi, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(activityId).count();
    }

    /** Process instances (running or ended) with this family reference as business key. */
    protected long casesOf(String familyRef) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(familyRef).count();
    }

    /** Midnight (in the business clock's zone) at the start of the date: when the support-period timer is due. */
    protected Date startOfDay(String isoDate) {
        return Date.from(LocalDate.parse(isoDate).atStartOfDay(clock.getZone()).toInstant());
    }
}
