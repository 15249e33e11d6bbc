package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.datamatching.DataEvidence;
import org.strengtheningfamilies.events.NeedsIdentified;
import org.strengtheningfamilies.outcomes.ChildEducation;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.testing.LaterPhaseProcessTest;

/** Supporting Families 2022-25, each branch on its own (DESIGN.md section 10). */
class SupportingFamiliesBranchesTest extends LaterPhaseProcessTest {

    static final List<String> NEEDS = List.of("EDUCATION", "HOUSING", "CRIME");

    ProcessInstance referred(String familyRef, String... needs) {
        today("2023-09-30");
        return refer(ProgrammePhase.SF_2022, needsReferral(familyRef, needs));
    }

    ProcessInstance atVerification(String familyRef) {
        ProcessInstance pi = referred(familyRef, NEEDS.toArray(String[]::new));
        toSupport(pi, "2023-03-01", NEEDS.toArray(String[]::new));
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        return pi;
    }

    ProcessInstance atSustainCheck(String familyRef) {
        ProcessInstance pi = atVerification(familyRef);
        complete(pi, TASK_VERIFY_OUTCOMES, needOutcomes(NEEDS));
        today("2024-03-02");
        fire(pi, INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED);
        return pi;
    }

    @Test
    void twoNeedsAreSignpostedThreeReachThePanel() {
        ProcessInstance two = referred("MK-220101", "EDUCATION", "HOUSING");
        assertThat(two).hasPassed(END_EVENT_SIGNPOSTED).isEnded();
        assertThat(historicVariable(two, "needCount")).isEqualTo(2);
        assertThat(historicVariable(two, "identificationRoute")).isEqualTo("NOT_ELIGIBLE");

        assertThat(referred("MK-220102", "EDUCATION", "HOUSING", "CRIME")).isWaitingAt(TASK_PANEL_VALIDATION);
    }

    @Test
    void aHouseholdWithNoChildIsSignpostedUnlessItIsExpectingOne() {
        today("2023-09-30");
        ProcessInstance noChild = refer(ProgrammePhase.SF_2022, adultsOnly(needsReferral("MK-220103", "EDUCATION",
                "HOUSING", "CRIME")));
        assertThat(noChild).hasPassed(END_EVENT_SIGNPOSTED).isEnded();
        assertThat(historicVariable(noChild, "dependentChild")).isEqualTo(false);

        ProcessInstance expecting = refer(ProgrammePhase.SF_2022, adultsOnly(needsReferral("MK-220104", "EDUCATION",
                "HOUSING", "CRIME")).putValue("expectingChild", true));
        assertThat(expecting).isWaitingAt(TASK_PANEL_VALIDATION).variables()
                .containsEntry("dependentChild", false).containsEntry("expectingChild", true)
                .containsEntry("identificationRoute", "ELIGIBLE");
    }

    @Test
    void oneNeedNotAchievedIsNoSuccessAndWaitsForNoSustainPeriod() {
        ProcessInstance pi = atVerification("MK-220105");
        complete(pi, TASK_VERIFY_OUTCOMES, needOutcomes(NEEDS, "HOUSING"));
        assertThat(pi).hasPassed(TASK_DECIDE_SUCCESS).hasNotPassed(TASK_BEGIN_SUSTAIN_PERIOD, TASK_AUDIT_CLAIM)
                .isWaitingAt(TASK_DECIDE_FURTHER_SUPPORT).variables()
                .containsEntry("needsNotAchieved", 1).containsEntry("successfulFamilyOutcome", false)
                .containsEntry("claimAmountPence", 0L);
        assertThat(liveFamiliesOf("kw-cfp-1")).as("the family keeps its key worker").isEqualTo(1);
    }

    @Test
    void aFailedSustainCheckIsNoSuccessAndAFurtherSupportPeriodStartsAfresh() {
        ProcessInstance pi = atSustainCheck("MK-220106");
        complete(pi, TASK_CONFIRM_OUTCOMES_SUSTAINED, sustained(false));
        assertThat(pi).hasNotPassed(TASK_AUDIT_CLAIM).isWaitingAt(TASK_DECIDE_FURTHER_SUPPORT).variables()
                .containsEntry("outcomesSustained", false).containsEntry("successfulFamilyOutcome", false);
        assertThat(records.claims()).isEmpty();

        complete(pi, TASK_DECIDE_FURTHER_SUPPORT, org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue("furtherSupportDecision", "FURTHER_SUPPORT").putValue("furtherSupportNotes", "Rent arrears"));
        assertThat(pi).hasPassed(TASK_START_FURTHER_SUPPORT, TASK_ALLOCATE_KEY_WORKER)
                .isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE);
        assertThat(liveFamiliesOf("kw-cfp-1")).as("a place again for the further period").isEqualTo(1);
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        assertThat(variable(pi, "outcomesSustained")).as("the last check is on record").isEqualTo(false);
        complete(pi, TASK_VERIFY_OUTCOMES, needOutcomes(NEEDS));
        assertThat(pi).isWaitingAt(INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED);
        assertThat(variable(pi, "outcomesSustained")).as("a new round: the last check no longer counts").isNull();
    }

    @Test
    void aSuccessfulFamilyIsNeverClaimedForTwice() {
        ProcessInstance first = atSustainCheck("MK-220107");
        complete(first, TASK_CONFIRM_OUTCOMES_SUSTAINED, sustained(true));
        complete(first, TASK_AUDIT_CLAIM, approved());
        assertThat(first).isEnded();

        ProcessInstance again = atSustainCheck("MK-220107");
        complete(again, TASK_CONFIRM_OUTCOMES_SUSTAINED, sustained(true));
        assertThat(again).hasPassed(TASK_CALCULATE_CLAIM, END_EVENT_TURNED_AROUND).hasNotPassed(TASK_AUDIT_CLAIM).isEnded();
        assertThat(historicVariable(again, "claimAmountPence")).isEqualTo(0L);
        assertThat(records.claims()).hasSize(1);
    }

    @Test
    void thePanelAndTheAssessmentMayAmendTheNeeds() {
        ProcessInstance pi = referred("MK-220108", NEEDS.toArray(String[]::new));
        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP").putValue("needs", jsonList("EDUCATION", "HOUSING", "CRIME", "HEALTH")));
        complete(pi, TASK_SEEK_CONSENT, consent(true));
        complete(pi, TASK_ASSESS_FAMILY, assessment("2023-02-20", "EDUCATION", "HEALTH", "SUBSTANCE_USE"));
        assertThat(eventsOf(NeedsIdentified.class)).extracting(NeedsIdentified::needs).containsExactly(
                List.of("EDUCATION", "HOUSING", "CRIME", "HEALTH"), List.of("EDUCATION", "HEALTH", "SUBSTANCE_USE"));
        complete(pi, TASK_HOLD_TAF_MEETING, tafMeeting("2023-03-01"));
        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2023-03-01"));
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        assertThat(variable(pi, "needOutcomes").toString()).contains("SUBSTANCE_USE").doesNotContain("HOUSING");
    }

    @Test
    void theEvidenceOfAFamilyFoundInAgencyDataIsPreFilledForTheNeedsItsDataShows() {
        agencyEvidence.put("MK-220109", new DataEvidence(4, 1, 2, 0,
                List.of(new ChildEducation("Kai Green", 12, 380, 0, false)), false, 0));
        ProcessInstance pi = atVerification("MK-220109");
        String rows = variable(pi, "needOutcomes").toString();
        assertThat(rows).contains("Police and YOT records: 4 anti-social behaviour incidents in the 6 months before "
                + "attachment and 1 in the 6 months after; 2 offences by under-18s before and 0 after.")
                .contains("School records, last 3 terms: Kai Green: 12 of 380 sessions missed without authorisation, "
                        + "0 fixed-term exclusions.");
        assertThat(variable(pi, "evidencePrefill").toString())
                .contains("needOutcomes.EDUCATION.evidence", "needOutcomes.CRIME.evidence")
                .doesNotContain("needOutcomes.HOUSING");
        complete(pi, TASK_VERIFY_OUTCOMES, needOutcomes(NEEDS));
        assertThat(pi).isWaitingAt(INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED);
    }
}
