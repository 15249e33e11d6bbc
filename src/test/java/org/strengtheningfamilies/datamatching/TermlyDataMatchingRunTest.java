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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.datamatching.AgencyDataFixture.Person;
import org.strengtheningfamilies.familycase.FamilyCaseVariables;
import org.strengtheningfamilies.outcomes.OutcomeVariables;
import org.strengtheningfamilies.referral.CaseStarter;
import org.strengtheningfamilies.referral.HouseholdMember;
import org.strengtheningfamilies.referral.ReferralVariables;

/**
 * The identification run in the application (H2, real transactions): the engine's jobs are run by
 * the test, one at a time, as the job executor would, so a batch that fails rolls back as it would.
 */
@DirtiesContext // one engine per JVM
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:datamatching;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "sf.matching.household-batch-size=2",
        "sf.matching.match-batch-size=3"})
class TermlyDataMatchingRunTest {

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
        return rest.exchange("/engine-rest/process-definition/key/termly-data-matching/start",
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
}
