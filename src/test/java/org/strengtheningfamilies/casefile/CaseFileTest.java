package org.strengtheningfamilies.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strengtheningfamilies.csv.RecordCsv;
import org.strengtheningfamilies.datamatching.DataEvidence;
import org.strengtheningfamilies.outcomes.ChildEducation;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * A family's chronology and evidence pack, read back from what the product recorded while one family
 * went through every stage: a panel question, a plan revised before it was signed, a monthly review,
 * evidence pre-filled from agency data and corrected, an approved claim in a signed-off claim return.
 */
class CaseFileTest extends FamilyCaseProcessTest {

    static final String FAMILY = "MK-000901";

    @Autowired Chronology chronology;
    @Autowired EvidencePack evidencePack;
    @Autowired EvidencePackPdf pdf;
    @Autowired EvidencePackController controller;

    @Test
    void theChronologyListsEveryEventOfTheCaseOldestFirstWithWhoDidIt() {
        String claimReturn = throughEveryStage();
        List<ChronologyEntry> entries = chronology.of(FAMILY);
        List<String> lines = entries.stream().map(e -> e.on() + " " + e.category() + " " + e.who() + ": " + e.what()).toList();

        assertThat(lines).containsSubsequence(
                "2013-09-02 REFERRAL referrer-1: Referred by School",
                "2013-09-02 IDENTIFICATION system: Identification route: all three national criteria",
                "2013-09-03 PANEL panel-1: Panel asked the referrer for more information. Reason: Please send this term's attendance",
                "2013-09-04 REFERRAL referrer-1: More information given to the panel",
                "2013-09-05 PANEL panel-1: Panel accepted the family: level of need 3, lead service Children and Family Practices. Reason: Meets all three criteria",
                "2013-09-05 ALLOCATION system: Key worker kw-cfp-1 allocated (Children and Family Practices)",
                "2013-09-06 CONSENT kw-cfp-1: Consent given: Mother agreed at home visit",
                "2013-09-09 TAF kw-cfp-1: Team Around the Family meeting held with School, Police, Housing. Needs found: School attendance, ASB on the estate, mother back to work",
                "2013-09-12 PLAN kw-cfp-1: Family plan version 1, 1 action: Attend school every day (Lee and school, by 2013-03-31). Not signed by all: to be revised (Father will not sign the school action)",
                "2013-09-15 PLAN kw-cfp-1: Family plan version 2, 1 action: Attend school every day (Lee and school, by 2013-03-31). Signed by all family members and organisations",
                "2013-09-15 PLAN system: Attached to the programme on 2013-09-15 (programme year 2)",
                "2013-10-16 REVIEW kw-cfp-1: Monthly review: engagement Good. Progress: Lee attended every day this month",
                "2014-03-15 SUPPORT system: Support period ended",
                "2014-03-15 EVIDENCE system: Evidence pre-filled from agency data: baselineAsbIncidents, afterAsbIncidents, baselineYouthOffences, afterYouthOffences, childrenEducation, progressToWork, continuousEmploymentWeeks",
                "2014-03-17 EVIDENCE kw-cfp-1: Pre-filled afterAsbIncidents corrected from 2 to 1. Reason: Police confirmed one incident was recorded twice",
                "2014-03-17 OUTCOMES system: Outcomes assessed: education result met, asb result met, offending result not applicable, crime asb education result yes, progress to work result no, continuous employment result no, turned around yes",
                "2014-03-17 CLAIM system: Claim calculated: £700.00 for programme year 2 (Crime ASB education)",
                "2014-03-20 AUDIT auditor-1: Claim approved by internal audit. Reason: Evidence checked against the police data",
                "2014-03-20 CLAIM system: Claim recorded as MK-000901-PBR1",
                "2014-03-20 CLOSURE system: Case closed: family turned around",
                "2014-04-01 CLAIM coordinator-1: Claim submitted to the department in claim return " + claimReturn);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("2014-03-17 EVIDENCE kw-cfp-1: Outcome evidence verified: "
                + "ASB incidents 5 before, 1 after; youth offences 0 before, 0 after; school data of 1 child (Lee Smith: 20 of 380"));
        assertThat(entries).isSortedAccordingTo(java.util.Comparator.comparing(ChronologyEntry::on));

        String csv = RecordCsv.write(ChronologyEntry.class, entries);
        assertThat(csv).startsWith("on,recordedAt,category,what,who\r\n")
                .contains("2013-09-06,").contains(",CONSENT,Consent given: Mother agreed at home visit,kw-cfp-1\r\n");
        assertThat(csv.lines().count()).isEqualTo(entries.size() + 1);
    }

    @Test
    void aFamilyUnknownToTheProductHasNoChronology() {
        assertThat(chronology.of("MK-999999")).isEmpty();
    }

    @Test
    void theEvidencePackHoldsEveryItemAuditChecks() throws IOException {
        String claimReturn = throughEveryStage();
        List<EvidencePack.ClaimPack> packs = evidencePack.of(FAMILY);
        assertThat(packs).hasSize(1);
        String text = text(pdf.render("Evidence pack " + FAMILY, packs, clock.instant()));

        assertThat(text).contains("Evidence pack: " + FAMILY)
                .contains("Family reference " + FAMILY)
                .contains("Programme phase TF_2012 (Troubled Families 2012-15)")
                .contains("Programme year 2")
                .contains("Attachment date 15/09/2013")
                .contains("Lead service Children and Family Practices")
                .contains("Key worker kw-cfp-1");
        // each result with the evidence behind it
        assertThat(text).contains("education result MET").contains("children education: name Lee Smith, unauthorised absence sessions 20, possible sessions 380, fixed exclusions 1, permanently excluded false")
                .contains("asb result MET").contains("baseline asb incidents: 5").contains("after asb incidents: 1")
                .contains("offending result NOT_APPLICABLE").contains("baseline youth offences: 0")
                .contains("crime asb education result yes")
                .contains("progress to work result no").contains("progress to work: no")
                .contains("continuous employment result no").contains("continuous employment weeks: 0")
                .contains("turned around yes");
        // pre-filled values and their corrections, with who and why
        assertThat(text).contains("Pre-filled from agency data").contains("after asb incidents 2")
                .contains("after asb incidents 2 1 kw-cfp-1").contains("Police confirmed one incident was recorded twice")
                .contains("Verified by kw-cfp-1 on 17/03/2014");
        // the audit decision and reason, the claim and its return
        assertThat(text).contains("Decision APPROVED").contains("Reason Evidence checked against the police data")
                .contains("Audited by auditor-1")
                .contains("Claim reference MK-000901-PBR1").contains("Amount £700.00")
                .contains("Result claimed: Crime ASB education £700.00")
                .contains("Claim return " + claimReturn).contains("Signed off by coordinator-1");
    }

    @Test
    void onceMatchedTheHouseholdsAgencyDataIsInTheChronology() {
        on("2013-09-02");
        startCase(referral("MK-000902"));
        jdbc.update("insert into sf_household (household_key, uprn, postcode, address, created_at) "
                + "values ('U:100000000902', '100000000902', 'MK6 1AA', '1 Lakes Road', current_timestamp)", Map.of());
        long household = jdbc.queryForObject("select id from sf_household where household_key = 'U:100000000902'", Map.of(), Long.class);
        jdbc.update("insert into sf_person (household_id, full_name, name_key, date_of_birth, gender, created_at) "
                + "values (:h, 'Lee Smith', 'lee smith', date '1998-02-11', 'MALE', current_timestamp)", Map.of("h", household));
        long lee = jdbc.queryForObject("select id from sf_person where household_id = :h", Map.of("h", household), Long.class);
        String person = "import_id, record_id, period, full_name, name_key, date_of_birth, gender, person_id";
        String values = "0, :record, :period, 'Lee Smith', 'lee smith', date '1998-02-11', 'MALE', :p";
        jdbc.update("insert into sf_data_police (" + person + ", source, event_type, event_date, age_at_event, domestic_abuse) "
                + "values (" + values + ", 'POLICE', 'ASB_ORDER', date '2013-03-14', 15, false)",
                Map.of("record", "P1", "period", "2013-03", "p", lee));
        jdbc.update("insert into sf_data_school (" + person + ", term_start, term_end, school_year, possible_sessions, "
                + "unauthorised_absence_sessions, fixed_exclusions, permanently_excluded, alternative_provision, on_roll, "
                + "free_school_meals) values (" + values + ", date '2013-01-07', date '2013-03-28', 10, 120, 30, 2, false, "
                + "false, true, true)", Map.of("record", "S1", "period", "2013-SPRING", "p", lee));
        jdbc.update("insert into sf_identification_run (run_id, run_date, process_instance_id, started_at) "
                + "values ('run-1', date '2013-09-01', 'pi-run-1', current_timestamp)", Map.of());
        jdbc.update("insert into sf_identification_result (run_id, household_id, criterion_crime_asb, criterion_education, "
                + "criterion_work, local_domestic_abuse, local_police_callouts, local_substance_misuse, local_housing, "
                + "identification_route, outcome, family_ref, recorded_at) values ('run-1', :h, true, true, true, false, "
                + "false, false, false, 'THREE_CRITERIA', 'CASE_STARTED', 'MK-000902', current_timestamp)", Map.of("h", household));

        List<String> lines = chronology.of("MK-000902").stream()
                .map(e -> e.on() + " " + e.category() + " " + e.who() + ": " + e.what()).toList();
        assertThat(lines).containsSubsequence(
                "2013-01-07 AGENCY_DATA School: Term 2013-SPRING: 30 of 120 sessions unauthorised absence, 2 fixed-term exclusions (Lee Smith)",
                "2013-03-14 AGENCY_DATA Police: ASB order (aged 15) (Lee Smith)",
                "2013-09-02 REFERRAL system: Referred by School");
    }

    @Test
    void aClaimReturnsEvidencePacksAreOnePdfForAuditAndTheCoordinatorOnly() throws IOException {
        String claimReturn = throughEveryStage();
        engine.getIdentityService().setAuthentication("auditor-1", List.of("audit"));
        try {
            var answer = controller.claimReturn(claimReturn);
            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            assertThat(text((byte[]) answer.getBody())).contains("Evidence pack: " + FAMILY).contains("Claim return " + claimReturn);
            assertThat(controller.claimReturn("CR-19990101-1").getStatusCode().value()).isEqualTo(404);
            engine.getIdentityService().setAuthentication("manager", List.of("managers"));
            assertThatThrownBy(() -> controller.claimReturn(claimReturn)).hasMessageContaining("403");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Referral to a claim in a signed-off claim return, a step a day or so apart; returns the return's reference. */
    private String throughEveryStage() {
        on("2013-09-02");
        as("referrer-1");
        ProcessInstance pi = startCase(referral(FAMILY));
        on("2013-09-03");
        as("panel-1");
        complete(pi, TASK_PANEL_VALIDATION, Variables.createVariables().putValue("panelDecision", "MORE_INFO")
                .putValue("panelReason", "Please send this term's attendance"));
        on("2013-09-04");
        as("referrer-1");
        complete(pi, TASK_PROVIDE_MORE_INFORMATION, Variables.createVariables().putValue("criterionEducationEvidence", "Attendance is 71% this term"));
        on("2013-09-05");
        as("panel-1");
        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        on("2013-09-06");
        as("kw-cfp-1");
        complete(pi, TASK_SEEK_CONSENT, consent(true));
        on("2013-09-10");
        complete(pi, TASK_HOLD_TAF_MEETING, tafMeeting("2013-09-09"));
        on("2013-09-12");
        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(false, null));
        on("2013-09-16");
        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2013-09-15"));
        on("2013-10-15");
        fire(pi, INTERMEDIATE_EVENT_REVIEW_DUE);
        on("2013-10-16");
        complete(pi, TASK_MONTHLY_REVIEW, Variables.createVariables().putValue("reviewEngagement", "GOOD")
                .putValue("reviewProgress", "Lee attended every day this month"));
        agencyEvidence.put(FAMILY, new DataEvidence(5, 2, 0, 0, List.of(new ChildEducation("Lee Smith", 20, 380, 1, false)),
                false, 0));
        on("2014-03-15");
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        on("2014-03-17");
        complete(pi, TASK_VERIFY_OUTCOMES, Map.of("afterAsbIncidents", 1,
                "evidenceCorrectionReason", "Police confirmed one incident was recorded twice"));
        on("2014-03-20");
        as("auditor-1");
        complete(pi, TASK_AUDIT_CLAIM, Variables.createVariables().putValue("auditDecision", "APPROVED")
                .putValue("auditReason", "Evidence checked against the police data"));
        assertThat(historicEndActivity(pi)).isEqualTo(END_EVENT_TURNED_AROUND);

        on("2014-04-01");
        ProcessInstance window = engine.getRuntimeService().startProcessInstanceByKey("pbr-claim-window");
        runAsyncSteps();
        String claimReturn = (String) engine.getRuntimeService().getVariable(window.getId(), "claimReturnReference");
        as("coordinator-1");
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(window.getId())
                .singleResult().getId(), Map.of("claimReturnSignedOff", true));
        runAsyncSteps();
        engine.getIdentityService().clearAuthentication();
        return claimReturn;
    }

    private void on(String day) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(day).atTime(10, 0).atZone(clock.getZone()).toInstant()));
    }

    private void as(String user) {
        engine.getIdentityService().setAuthenticatedUserId(user);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
