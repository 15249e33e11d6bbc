package org.strengtheningfamilies.datamatching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strengtheningfamilies.datamatching.DataMatchingElements.TASK_RESOLVE_POSSIBLE_MATCH;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PANEL_VALIDATION;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_VERIFY_OUTCOMES;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.datamatching.AgencyDataFixture.Person;
import org.strengtheningfamilies.familycase.FamilyCaseVariables;
import org.strengtheningfamilies.identification.IdentificationRoute;
import org.strengtheningfamilies.outcomes.OutcomeVariables;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.referral.CaseStarter;
import org.strengtheningfamilies.referral.HouseholdMember;
import org.strengtheningfamilies.referral.ReferralVariables;
import org.strengtheningfamilies.testing.ApplicationTest;

/**
 * The identification run in the application (H2, real transactions): the engine's jobs are run by
 * the test, one at a time, as the job executor would, so a batch that fails rolls back as it would.
 */
@ApplicationTest
// a context of its own (its case starter can be made to fail), so its engine has a name of its own
@TestPropertySource(properties = {"camunda.bpm.process-engine-name=" + TermlyDataMatchingRunTest.ENGINE,
        "camunda.bpm.generate-unique-process-application-name=true"})
class TermlyDataMatchingRunTest {

    static final String ENGINE = "dataMatchingRun";

    static final String RUN_DATE = "2013-09-01";

    /** Fails the n-th case start when armed: a node dying in the middle of a batch. */
    static final AtomicInteger FAIL_AT_START = new AtomicInteger(0);
    static final AtomicInteger STARTS = new AtomicInteger(0);

    @TestConfiguration
    static class FailingStarts {
        @Bean
        @Primary
        CaseStarter failingCaseStarter(@Qualifier("familyCaseStarter") CaseStarter real) {
            return (familyRef, variables) -> {
                if (STARTS.incrementAndGet() == FAIL_AT_START.get()) {
                    throw new IllegalStateException("node lost in the middle of a batch");
                }
                return real.start(familyRef, variables);
            };
        }
    }

    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired NamedParameterJdbcTemplate jdbc;
    @Autowired CaseloadRepository caseload;
    @Autowired DataMatching matching;
    @Autowired MatchingProperties properties;

    AgencyDataFixture data;

    @BeforeEach
    void clean() {
        runtime.createProcessInstanceQuery().list().forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test"));
        jdbc.update("delete from sf_live_case", Map.of());
        data = new AgencyDataFixture(jdbc);
        data.clear();
        FAIL_AT_START.set(0);
        STARTS.set(0);
    }

    static Person mother(int n) {
        return new Person("Jo Parent" + letters(n), "1980-05-0" + n, "FEMALE", "10000000" + (100 + n), "MK6 " + n + "LA",
                n + " Lakes Lane");
    }

    static Person son(int n) {
        return new Person("Lee Parent" + letters(n), "1998-02-1" + n, "MALE", "10000000" + (100 + n), "MK6 " + n + "LA",
                n + " Lakes Lane");
    }

    /** Distinct surnames, birthdays and postcodes: different households' people are never alike. */
    static String letters(int n) {
        return switch (n) {
            case 1 -> "ridge"; case 2 -> "wood"; case 3 -> "field"; case 4 -> "brook"; case 5 -> "stone";
            case 6 -> "marsh"; default -> "hill" + "abcdefgh".charAt(n % 8);
        };
    }

    /** All three national criteria: a benefit claimant, ASB order, three fixed exclusions. */
    void qualifyingHousehold(int n) {
        data.dwp(mother(n), "OUT_OF_WORK_BENEFIT", "2011-01-10", null);
        data.police(son(n), "ASB_ORDER", "2013-03-14", 15, false);
        data.threeTerms(son(n), 2, 1);
    }

    /** Runs the jobs (not timers) until none is left; a failing job's exception is thrown. */
    void runJobs() {
        for (int round = 0; round < 10_000; round++) {
            List<Job> jobs = management.createJobQuery().messages().withRetriesLeft().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                management.executeJob(job.getId());
            }
        }
        throw new AssertionError("jobs keep coming");
    }

    ProcessInstance startRun() {
        return runtime.startProcessInstanceByKey(RunVariables.PROCESS_KEY, Map.of("runDate", RUN_DATE));
    }

    List<ProcessInstance> familyCases() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(FamilyCaseVariables.PROCESS_KEY).list();
    }

    long household(String uprn) {
        return jdbc.queryForObject("select id from sf_household where uprn = :uprn", Map.of("uprn", uprn), Long.class);
    }

    String outcome(long householdId) {
        return jdbc.queryForObject("select outcome from sf_identification_result where household_id = :h",
                Map.of("h", householdId), String.class);
    }

    @Test
    void aQualifyingHouseholdIsReferredAsADataMatchCaseWithItsMembers() {
        qualifyingHousehold(1);
        // the same mother in the housing data, her name mistyped and without a UPRN
        data.housing(new Person("Jo Parentrigde", "1980-05-01", "FEMALE", null, "MK61LA", "1 Lakes Lane"),
                "2013-08", 12_000, false, false, null);
        ProcessInstance run = startRun();
        runJobs();

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(run.getId()).count()).as("run ended").isZero();
        long householdId = household("10000000101");
        assertThat(jdbc.queryForObject("select count(*) from sf_person where household_id = :h", Map.of("h", householdId),
                Integer.class)).as("mother and son, the housing record joined the mother").isEqualTo(2);
        assertThat(outcome(householdId)).isEqualTo("CASE_STARTED");

        String familyRef = properties.familyRef(householdId);
        ProcessInstance familyCase = runtime.createProcessInstanceQuery().processInstanceBusinessKey(familyRef).singleResult();
        assertThat(familyCase).isNotNull();
        Map<String, Object> variables = runtime.getVariables(familyCase.getId());
        assertThat(variables).containsEntry("referringAgency", "DATA_MATCH").containsEntry("criterionCrimeAsb", true)
                .containsEntry("criterionEducation", true).containsEntry("criterionWork", true)
                .containsEntry("localHousing", true).containsEntry("identificationRoute", "THREE_CRITERIA")
                .containsEntry("district", "Milton Keynes");
        assertThat((String) variables.get("criterionEducationEvidence")).contains("3 fixed-term exclusions");
        List<HouseholdMember> members = ReferralVariables.HOUSEHOLD_MEMBERS.convert(variables.get("householdMembers"));
        assertThat(members).extracting(HouseholdMember::name).containsExactly("Jo Parentridge", "Lee Parentridge");
        assertThat(members.get(1).role()).isEqualTo(HouseholdMember.Role.CHILD);
        assertThat(members.get(1).schoolYear()).isEqualTo(9);
        assertThat(members.get(0).role()).isEqualTo(HouseholdMember.Role.ADULT);
        assertThat(tasks.createTaskQuery().processInstanceId(familyCase.getId()).taskDefinitionKey(TASK_PANEL_VALIDATION)
                .count()).as("waiting for the panel").isEqualTo(1);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(run.getId()).variableName("casesStarted")
                .singleResult().getValue()).isEqualTo(1);
    }

    @Test
    void aHouseholdThatDoesNotQualifyIsRecordedButNotReferred() {
        data.dwp(mother(2), "OUT_OF_WORK_BENEFIT", "2011-01-10", null);
        data.police(son(2), "ASB_ORDER", "2013-03-14", 15, false);
        startRun();
        runJobs();
        long householdId = household("10000000102");
        assertThat(outcome(householdId)).isEqualTo("NOT_ELIGIBLE");
        assertThat(jdbc.queryForObject("select identification_route from sf_identification_result where household_id = :h",
                Map.of("h", householdId), String.class)).isEqualTo("NOT_ELIGIBLE");
        assertThat(familyCases()).isEmpty();
    }

    @Test
    void aHouseholdWithALiveCaseIsSkippedAndOneAlreadyReferredIsNotReferredAgain() {
        qualifyingHousehold(3);
        qualifyingHousehold(4);
        matching.matchBatch(100);
        long live = household("10000000103");
        assertThat(caseload.register(properties.familyRef(live), "referred-by-hand")).isTrue();
        startRun();
        runJobs();
        assertThat(outcome(live)).isEqualTo("LIVE_CASE");
        assertThat(familyCases()).hasSize(1);
        // a later run: the other household's case is live now, and it was referred by a run already
        runtime.startProcessInstanceByKey(RunVariables.PROCESS_KEY, Map.of("runDate", "2013-09-02"));
        runJobs();
        long other = household("10000000104");
        assertThat(jdbc.queryForObject("select outcome from sf_identification_result where household_id = :h"
                + " and run_id = 'RUN-2013-09-02'", Map.of("h", other), String.class)).isEqualTo("ALREADY_REFERRED");
        assertThat(familyCases()).hasSize(1);
    }

    @Test
    void aHouseholdReferredByHandUnderAnotherReferenceIsFoundByItsPeople() {
        qualifyingHousehold(7);
        Person mother = mother(7);
        runtime.startProcessInstanceByKey(FamilyCaseVariables.PROCESS_KEY, "MK-900007",
                org.strengtheningfamilies.testing.FamilyCaseProcessTest.referral("MK-900007").putValue("householdMembers",
                        org.camunda.spin.plugin.variable.SpinValues.jsonValue("[{\"name\":\"JO PARENTHILLH\",\"dateOfBirth\":\""
                                + mother.dateOfBirth() + "\",\"gender\":\"FEMALE\",\"role\":\"ADULT\"}]").create()));
        startRun();
        runJobs();
        long household = household("10000000107");
        assertThat(outcome(household)).isEqualTo("LIVE_CASE");
        assertThat(jdbc.queryForObject("select family_ref from sf_identification_result where household_id = :h",
                Map.of("h", household), String.class)).isEqualTo("MK-900007");
        assertThat(familyCases()).hasSize(1);
    }

    @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
    @Autowired org.camunda.bpm.engine.FormService forms;
    @Autowired org.camunda.bpm.engine.RepositoryService repository;

    org.springframework.http.ResponseEntity<String> startOverRest(String user, String body) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return rest.exchange("/engine-rest/engine/" + ENGINE + "/process-definition/key/termly-data-matching/start",
                org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>(body, headers), String.class);
    }

    @Test
    void theDataTeamStartsARunByHandOthersMayNotAndABadRunDateIsRefused() {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(RunVariables.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        assertThat(forms.getStartFormData(definitionId).getCamundaFormRef().getKey()).as("Tasklist's start form")
                .isEqualTo("data-matching-run");

        // a referrer does not even see the process (404), let alone start it
        assertThat(startOverRest("referrer", "{}").getStatusCode().value()).isIn(403, 404);
        var bad = startOverRest("data-team", "{\"variables\": {\"runDate\": {\"value\": \"1 Sept\"}}}");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("runDate");
        var future = startOverRest("data-team", "{\"variables\": {\"runDate\": {\"value\": \"2999-01-01\"}}}");
        assertThat(future.getStatusCode().value()).isEqualTo(400);
        assertThat(future.getBody()).contains("\"problems\":[{\"field\":\"runDate\",\"message\":\"“Run date (empty = today)” "
                + "cannot be a day still to come (it was 01/01/2999): a run judges data that has happened. Leave it empty for today.\"}]");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RunVariables.PROCESS_KEY).count()).isZero();

        var started = startOverRest("data-team", "{\"variables\": {\"runDate\": {\"value\": \"2013-09-01\"}}}");
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        runJobs();
        assertThat(jdbc.queryForObject("select count(*) from sf_identification_run where run_id = 'RUN-2013-09-01'",
                Map.of(), Integer.class)).isEqualTo(1);
    }

    @Test
    void aRunKilledInTheMiddleOfABatchAndStartedAgainCreatesNoDuplicateCases() {
        for (int n = 1; n <= 5; n++) {
            qualifyingHousehold(n);
        }
        // batches of 2 households: the 4th start fails, so the 2nd batch dies after starting the 3rd case
        FAIL_AT_START.set(4);
        ProcessInstance first = startRun();
        assertThatThrownBy(this::runJobs).hasMessageContaining("node lost");
        assertThat(familyCases()).as("the failed batch's case rolled back with it").hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from sf_identification_result", Map.of(), Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from sf_live_case", Map.of(), Integer.class)).isEqualTo(2);

        // the node is gone for good: the run is started again for the same run date
        runtime.deleteProcessInstance(first.getId(), "node lost");
        FAIL_AT_START.set(0);
        ProcessInstance again = startRun();
        runJobs();
        assertThat(familyCases()).hasSize(5);
        assertThat(familyCases().stream().map(ProcessInstance::getBusinessKey).distinct()).hasSize(5);
        assertThat(jdbc.queryForObject("select count(*) from sf_identification_result where outcome = 'CASE_STARTED'",
                Map.of(), Integer.class)).isEqualTo(5);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(again.getId())
                .variableName("householdsEvaluated").singleResult().getValue()).as("the first two were skipped").isEqualTo(3);
    }

    @Test
    void aFailedBatchRetriedByTheJobExecutorAlsoCreatesNoDuplicates() {
        for (int n = 1; n <= 3; n++) {
            qualifyingHousehold(n);
        }
        FAIL_AT_START.set(2);
        startRun();
        assertThatThrownBy(this::runJobs).hasMessageContaining("node lost");
        assertThat(familyCases()).isEmpty();
        runJobs(); // the retry
        assertThat(familyCases()).hasSize(3);
    }

    @Test
    void aPossibleMatchWaitsForTheDataTeamAndTheirDecisionCounts() {
        qualifyingHousehold(6);
        // Stephen / Steven: 0.89, a possible match, not certain
        data.police(new Person("Steven Parentmarsh", "1980-05-06", "FEMALE", null, "MK6 6LA", "6 Lakes Lane"),
                "ASB_INTERVENTION", "2013-04-01", null, false);
        data.dwp(new Person("Stephen Parentmarsh", "1980-05-06", "FEMALE", "10000000106", "MK6 6LA", "6 Lakes Lane"),
                "OUT_OF_WORK_BENEFIT", "2012-01-01", null);
        ProcessInstance run = startRun();
        runJobs();
        List<Task> open = tasks.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(TASK_RESOLVE_POSSIBLE_MATCH).list();
        assertThat(open).hasSize(1);
        Map<String, Object> shown = tasks.getVariables(open.get(0).getId());
        assertThat(shown).containsEntry("recordName", "Steven Parentmarsh").containsEntry("candidateName", "Stephen Parentmarsh")
                .containsEntry("candidateDateOfBirth", "1980-05-06");
        assertThatThrownBy(() -> tasks.complete(open.get(0).getId(), Map.of())).rootCause()
                .isInstanceOfSatisfying(CaseDataException.class, refused -> assertThat(refused.problems()).containsExactly(
                        new Problem("possibleMatchDecision", "Choose the “Decision”: “Same person” or “Different people”.")));
        tasks.complete(open.get(0).getId(), Map.of("possibleMatchDecision", "SAME_PERSON"));
        runJobs();
        long householdId = household("10000000106");
        assertThat(jdbc.queryForObject("select count(*) from sf_data_police where person_id is not null"
                + " and full_name = 'Steven Parentmarsh'", Map.of(), Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from sf_possible_match", Map.of(), String.class)).isEqualTo("SAME_PERSON");
        assertThat(outcome(householdId)).isEqualTo("CASE_STARTED");
    }

    /** A run-referred family reaches verification: its evidence comes from its household's data. */
    @Test
    void verificationOfARunReferredFamilyIsPreFilledAndCorrectionsAreKept() {
        qualifyingHousehold(5);
        startRun();
        runJobs();
        String familyRef = properties.familyRef(household("10000000105"));
        ProcessInstance familyCase = runtime.createProcessInstanceQuery().processInstanceBusinessKey(familyRef).singleResult();
        // on to verification, attached on 1 December 2012 (the panel, consent, TAF and plan are other tests' business)
        runtime.setVariables(familyCase.getId(), Map.of("attachmentDate", "2012-12-01", "keyWorker", "kw-cfp-1",
                "leadService", "CFP", "needLevel", 3));
        runtime.createProcessInstanceModification(familyCase.getId()).cancelAllForActivity(TASK_PANEL_VALIDATION)
                .startBeforeActivity(TASK_VERIFY_OUTCOMES).execute();
        Map<String, Object> shown = runtime.getVariables(familyCase.getId());
        // the son's ASB order of 14 March 2013 is in the 6 months after attachment
        assertThat(shown).containsEntry("baselineAsbIncidents", 0).containsEntry("afterAsbIncidents", 1)
                .containsEntry("baselineYouthOffences", 0).containsEntry("afterYouthOffences", 0)
                .containsEntry("progressToWork", false).containsEntry("continuousEmploymentWeeks", 0);
        assertThat(OutcomeVariables.CHILDREN_EDUCATION.convert(shown.get("childrenEducation")))
                .containsExactly(new org.strengtheningfamilies.outcomes.ChildEducation("Lee Parentstone", 6, 350, 3, false));

        Task verify = tasks.createTaskQuery().processInstanceId(familyCase.getId()).taskDefinitionKey(TASK_VERIFY_OUTCOMES)
                .singleResult();
        tasks.complete(verify.getId(), Map.of("afterAsbIncidents", 2,
                "evidenceCorrectionReason", "A second incident was reported to the housing officer only"));
        Map<String, Object> correction = jdbc.queryForMap("select * from sf_evidence_correction where family_ref = :ref",
                Map.of("ref", familyRef));
        assertThat(correction).containsEntry("VARIABLE", "afterAsbIncidents").containsEntry("PREFILLED_VALUE", "1")
                .containsEntry("SUBMITTED_VALUE", "2").containsEntry("CORRECTED_BY", "kw-cfp-1");
        assertThat((String) correction.get("REASON")).contains("housing officer");
    }

    /** A generated population whose qualifying households are known by construction. */
    @Test
    void theRunFindsExactlyTheHouseholdsBuiltToQualifyWithTheirRoutes() {
        Map<String, TestPopulation.Expected> expected = new TestPopulation(20130901L, data).generate(150);
        long started = System.nanoTime();
        startRun();
        runJobs();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(tasks.createTaskQuery().processDefinitionKey(RunVariables.PROCESS_KEY).count())
                .as("no possible matches: every household's people are alike only to themselves").isZero();
        Map<String, String> found = new java.util.HashMap<>();
        jdbc.query("select h.uprn, r.identification_route, r.outcome from sf_household h"
                + " join sf_identification_result r on r.household_id = h.id", Map.of(),
                rs -> { found.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3)); });
        assertThat(jdbc.queryForObject("select count(*) from sf_household", Map.of(), Integer.class))
                .as("one household per home, the police's UPRN-less records joined them").isEqualTo(150);
        Map<String, String> wanted = new java.util.HashMap<>();
        expected.forEach((uprn, e) -> wanted.put(uprn, e.route() + " "
                + (e.route() == org.strengtheningfamilies.identification.IdentificationRoute.NOT_ELIGIBLE ? "NOT_ELIGIBLE" : "CASE_STARTED")));
        assertThat(found).isEqualTo(wanted);
        long qualifying = expected.values().stream()
                .filter(e -> e.route() != org.strengtheningfamilies.identification.IdentificationRoute.NOT_ELIGIBLE).count();
        assertThat(familyCases()).hasSize((int) qualifying);
        System.out.printf("generated population: %d households, %d qualifying (%d three criteria, %d two plus local),"
                        + " run in %d ms%n", expected.size(), qualifying,
                expected.values().stream().filter(e -> e.route().name().equals("THREE_CRITERIA")).count(),
                expected.values().stream().filter(e -> e.route().name().equals("TWO_PLUS_LOCAL")).count(), millis);
    }

    @Autowired org.strengtheningfamilies.agencydata.AgencyDataImporter importer;

    /** The README's walk-through: the example files imported as the API imports them, then a run. */
    @Test
    void theExampleFilesFindTheirFamilies() throws Exception {
        for (String dataset : List.of("schools", "police", "dwp", "housing", "substance-misuse", "social-care")) {
            try (java.io.InputStream csv = java.nio.file.Files.newInputStream(
                    java.nio.file.Path.of("docs/examples/agency-data", dataset + ".csv"))) {
                var result = importer.importCsv(org.strengtheningfamilies.agencydata.AgencyDataset.named(dataset).orElseThrow(),
                        csv, dataset + ".csv", "data-team", "REST");
                assertThat(result.rejected()).as(dataset).isZero();
            }
        }
        ProcessInstance run = startRun();
        runJobs();
        // Sofia / Zofia Kowalska (0.95) and Muhammad / Mohammed Rahman (0.84): the data team decides
        List<Task> possible = tasks.createTaskQuery().processInstanceId(run.getId()).list();
        assertThat(possible).extracting(task -> tasks.getVariable(task.getId(), "recordName"))
                .containsExactlyInAnyOrder("Sofia Kowalska", "Muhammad Rahman");
        for (Task task : possible) {
            tasks.complete(task.getId(), Map.of("possibleMatchDecision", "SAME_PERSON"));
        }
        runJobs();
        Map<String, String> outcomes = new java.util.HashMap<>();
        jdbc.query("select h.uprn, r.outcome, r.identification_route from sf_household h"
                + " join sf_identification_result r on r.household_id = h.id", Map.of(),
                rs -> { outcomes.put(String.valueOf(rs.getString(1)), rs.getString(2) + " " + rs.getString(3)); });
        assertThat(outcomes).containsEntry("25000101234", "CASE_STARTED THREE_CRITERIA") // Smith
                .containsEntry("25000204417", "CASE_STARTED THREE_CRITERIA") // O'Brien
                .containsEntry("25000307712", "CASE_STARTED TWO_PLUS_LOCAL") // Begum / Rahman, with Muhammad's ASB
                .containsEntry("25000410090", "NOT_ELIGIBLE NOT_ELIGIBLE") // Kowalski: education and work only
                .containsEntry("null", "NOT_ELIGIBLE NOT_ELIGIBLE") // McDonald: no UPRN, crime/ASB and education
                .hasSize(5);
        assertThat(familyCases()).hasSize(3);
        assertThat(tasks.createTaskQuery().taskDefinitionKey(TASK_PANEL_VALIDATION).taskCandidateGroup("panel").count())
                .as("in the panel's queue").isEqualTo(3);
    }

    // ---- the later phases ----------------------------------------------------------------------------

    @Autowired org.strengtheningfamilies.programme.ProgrammePhases phases;

    /**
     * A run while the council refers under {@code phase}, as the term's timer starts it: on the run date, with
     * the business clock on that day (family-case judges a dependent child on the day it is referred).
     */
    void runUnder(ProgrammePhase phase, String runDate) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.LocalDate.parse(runDate)
                .atTime(6, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));
        try {
            phases.referringUnder(phase, () -> {
                runtime.startProcessInstanceByKey(RunVariables.PROCESS_KEY, Map.of("runDate", runDate));
                runJobs();
                return null;
            });
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    /** Each household's result is what it was built to be: its phase, route, needs and outcome. */
    void assertFound(Map<String, PhasePopulation.Expected> expected, ProgrammePhase phase) {
        assertThat(tasks.createTaskQuery().processDefinitionKey(RunVariables.PROCESS_KEY).count())
                .as("no possible matches: every household's people are alike only to themselves").isZero();
        Map<String, String> found = new java.util.HashMap<>();
        jdbc.query("select h.uprn, r.programme_phase, r.identification_route, r.outcome, r.needs from sf_household h"
                + " join sf_identification_result r on r.household_id = h.id", Map.of(), rs -> {
                    found.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                            + rs.getString(5));
                });
        Map<String, String> wanted = new java.util.HashMap<>();
        expected.forEach((uprn, e) -> wanted.put(uprn, phase + " " + e.route() + " "
                + (e.route() == IdentificationRoute.ELIGIBLE ? "CASE_STARTED" : "NOT_ELIGIBLE") + " "
                + (e.needs().isEmpty() ? null : String.join(",", e.needs()))));
        assertThat(found).isEqualTo(wanted);
        long eligible = expected.values().stream().filter(e -> e.route() == IdentificationRoute.ELIGIBLE).count();
        assertThat(familyCases()).hasSize((int) eligible);
        System.out.printf("generated %s population: %d households, %d eligible%n", phase, expected.size(), eligible);
    }

    /** A case the run started: referred under the phase with the needs the data showed, each with its evidence. */
    void assertReferredWithItsNeeds(PhasePopulation.Expected household, ProgrammePhase phase, String runDate) {
        String familyRef = properties.familyRef(household(household.uprn()));
        ProcessInstance familyCase = runtime.createProcessInstanceQuery().processInstanceBusinessKey(familyRef).singleResult();
        Map<String, Object> variables = runtime.getVariables(familyCase.getId());
        assertThat(variables).containsEntry("programmePhase", phase.name()).containsEntry("referringAgency", "DATA_MATCH")
                .containsEntry("identificationRoute", "ELIGIBLE")
                .doesNotContainKeys("criterionCrimeAsb", "criterionEducation", "criterionWork", "localHousing");
        assertThat(ReferralVariables.NEEDS.convert(variables.get("needs"))).containsExactlyElementsOf(household.needs());
        Map<String, String> evidence = ReferralVariables.NEEDS_EVIDENCE.convert(variables.get("needsEvidence"));
        assertThat(evidence.keySet()).containsExactlyElementsOf(household.needs());
        assertThat(evidence.values()).allMatch(text -> text.startsWith("Agency data as at " + runDate + ": "));
        assertThat(tasks.createTaskQuery().processInstanceId(familyCase.getId()).singleResult().getTaskDefinitionKey())
                .as("family-case's own table agrees: with the panel").isEqualTo(TASK_PANEL_VALIDATION);
    }

    @Test
    void underTroubledFamilies2015TheRunRefersExactlyTheHouseholdsBuiltToHaveTwoProblemsOrMore() {
        Map<String, PhasePopulation.Expected> expected = new PhasePopulation(20160901L, data, ProgrammePhase.TF_2015,
                java.time.LocalDate.parse("2016-09-01")).generate(60);
        assertThat(expected.values()).as("the population has each side of the boundary")
                .anyMatch(e -> e.needs().size() == 1).anyMatch(e -> e.needs().size() == 2);
        runUnder(ProgrammePhase.TF_2015, "2016-09-01");
        assertFound(expected, ProgrammePhase.TF_2015);
        PhasePopulation.Expected two = expected.values().stream().filter(e -> e.needs().size() == 2).findFirst().orElseThrow();
        assertReferredWithItsNeeds(two, ProgrammePhase.TF_2015, "2016-09-01");
    }

    @Test
    void underSupportingFamilies2022TheRunRefersTheHouseholdsWithADependentChildAndThreeNeedsOrMore() {
        Map<String, PhasePopulation.Expected> expected = new PhasePopulation(20230901L, data, ProgrammePhase.SF_2022,
                java.time.LocalDate.parse("2023-09-01")).generate(60);
        assertThat(expected.values()).as("the population has each side of every boundary")
                .anyMatch(e -> e.dependentChild() && e.needs().size() == 2)
                .anyMatch(e -> e.dependentChild() && e.needs().size() == 3)
                .anyMatch(e -> !e.dependentChild() && e.needs().size() >= 3);
        runUnder(ProgrammePhase.SF_2022, "2023-09-01");
        assertFound(expected, ProgrammePhase.SF_2022);
        PhasePopulation.Expected three = expected.values().stream()
                .filter(e -> e.dependentChild() && e.needs().size() == 3).findFirst().orElseThrow();
        assertReferredWithItsNeeds(three, ProgrammePhase.SF_2022, "2023-09-01");
        assertThat(runtime.getVariables(runtime.createProcessInstanceQuery().processInstanceBusinessKey(
                properties.familyRef(household(three.uprn()))).singleResult().getId()))
                .as("the data does not say a child is expected").containsEntry("expectingChild", false);
    }

    @Test
    void aHouseholdReferredUnder2012To15IsReferredAgainOnceUnderALaterPhase() {
        qualifyingHousehold(3);
        startRun();
        runJobs();
        long householdId = household("10000000103");
        String familyRef = properties.familyRef(householdId);
        ProcessInstance first = runtime.createProcessInstanceQuery().processInstanceBusinessKey(familyRef).singleResult();
        runtime.deleteProcessInstance(first.getId(), "the 2012-15 case closed long ago");
        // ten years on: the mother still on benefits, rent arrears, a domestic abuse call-out, and a daughter of 8
        Person mother = mother(3);
        data.housing(mother, "2023-07", 45_000, false, false, null);
        data.police(mother, "CALLOUT", "2023-06-02", null, true);
        data.schoolTerm(new Person("Mia Parentfield", "2015-03-03", "FEMALE", mother.uprn(), mother.postcode(),
                mother.address()), "2023-SUMMER", "2023-04-17", "2023-07-21", 120, 2, 0, false, false, true);
        runUnder(ProgrammePhase.SF_2022, "2023-09-01");
        runUnder(ProgrammePhase.SF_2022, "2023-09-02");
        assertThat(jdbc.queryForList("select run_id || ' ' || programme_phase || ' ' || outcome || ' ' || coalesce(needs, '')"
                + " from sf_identification_result where household_id = :h order by run_id", Map.of("h", householdId),
                String.class)).containsExactly("RUN-2013-09-01 TF_2012 CASE_STARTED ",
                "RUN-2023-09-01 SF_2022 CASE_STARTED DOMESTIC_ABUSE,HOUSING,FINANCIAL_STABILITY",
                "RUN-2023-09-02 SF_2022 ALREADY_REFERRED DOMESTIC_ABUSE,HOUSING,FINANCIAL_STABILITY");
        assertThat(runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(familyRef)
                .singleResult().getId(), "programmePhase")).isEqualTo("SF_2022");
    }
}
