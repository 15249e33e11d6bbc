package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.payment.ClaimLine;
import org.strengtheningfamilies.payment.ResultType;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.testing.LaterPhaseProcessTest;

/**
 * Troubled Families 2015-20 (DESIGN.md section 10): at least 2 of the 6 headline problems, the whole-family
 * assessment, no sustain check, success by every problem achieved or by continuous employment, one £800 claim.
 */
class TroubledFamilies2015Test extends LaterPhaseProcessTest {

    static final List<String> PROBLEMS = List.of("CRIME_ASB", "SCHOOL_ATTENDANCE");

    ProcessInstance referred(String familyRef, String... problems) {
        today("2016-09-30");
        return refer(ProgrammePhase.TF_2015, needsReferral(familyRef, problems));
    }

    /** Referred with two problems and supported from 15 January 2016 (programme year 1) to the verification. */
    ProcessInstance atVerification(String familyRef) {
        ProcessInstance pi = referred(familyRef, PROBLEMS.toArray(String[]::new));
        toSupport(pi, "2016-01-15", PROBLEMS.toArray(String[]::new));
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        return pi;
    }

    @Test
    void familyWithEveryProblemAchievedIsClaimedOnceForSustainedProgress() {
        ProcessInstance pi = atVerification("MK-150001");
        assertThat(variable(pi, "programmePhase")).isEqualTo("TF_2015");
        assertThat(pi).hasPassed(TASK_ASSESS_FAMILY, TASK_RECORD_ATTACHMENT).isWaitingAt(TASK_VERIFY_OUTCOMES);

        complete(pi, TASK_VERIFY_OUTCOMES, needOutcomes(PROBLEMS).putValue("continuousEmploymentWeeks", 0));
        assertThat(pi).hasPassed(TASK_DECIDE_SUCCESS, TASK_RECORD_OUTCOME, TASK_CALCULATE_CLAIM)
                .hasNotPassed(TASK_BEGIN_SUSTAIN_PERIOD).isWaitingAt(TASK_AUDIT_CLAIM).variables()
                .containsEntry("successfulFamilyOutcome", true).containsEntry("turnedAround", true)
                .containsEntry("continuousEmploymentResult", false)
                .containsEntry("claimAmountPence", 80_000L).containsEntry("programmeYear", 1);

        complete(pi, TASK_AUDIT_CLAIM, approved());
        assertThat(pi).hasPassed(TASK_RECORD_CLAIM, END_EVENT_TURNED_AROUND).isEnded();
        assertThat(records.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.reference()).isEqualTo("MK-150001-PBR1");
            assertThat(claim.lines()).containsExactly(new ClaimLine(ResultType.SIGNIFICANT_SUSTAINED_PROGRESS, 80_000));
        });
    }

    @Test
    void oneProblemIsSignpostedTwoReachThePanel() {
        ProcessInstance one = referred("MK-150002", "CRIME_ASB");
        assertThat(one).hasPassed(TASK_DECIDE_ROUTE, END_EVENT_SIGNPOSTED).isEnded();
        assertThat(historicVariable(one, "needCount")).isEqualTo(1);
        assertThat(historicVariable(one, "identificationRoute")).isEqualTo("NOT_ELIGIBLE");

        ProcessInstance two = referred("MK-150003", "CRIME_ASB", "HEALTH");
        assertThat(two).isWaitingAt(TASK_PANEL_VALIDATION).variables()
                .containsEntry("needCount", 2).containsEntry("identificationRoute", "ELIGIBLE");
    }

    @Test
    void noChildIsNeededIn2015() {
        ProcessInstance pi = refer(ProgrammePhase.TF_2015, adultsOnly(needsReferral("MK-150004", "CRIME_ASB", "HEALTH")));
        assertThat(pi).isWaitingAt(TASK_PANEL_VALIDATION);
    }

    @Test
    void anAdultIntoContinuousEmploymentIsASuccessfulFamilyOnItsOwn() {
        ProcessInstance pi = atVerification("MK-150005");
        complete(pi, TASK_VERIFY_OUTCOMES, needOutcomes(PROBLEMS, "SCHOOL_ATTENDANCE").putValue("continuousEmploymentWeeks", 13));
        assertThat(pi).isWaitingAt(TASK_AUDIT_CLAIM).variables().containsEntry("needsNotAchieved", 1)
                .containsEntry("continuousEmploymentResult", true).containsEntry("successfulFamilyOutcome", true)
                .containsEntry("claimAmountPence", 80_000L);
        assertThat(records.claims()).singleElement().satisfies(claim -> assertThat(claim.lines())
                .containsExactly(new ClaimLine(ResultType.CONTINUOUS_EMPLOYMENT, 80_000)));
    }

    @Test
    void aProblemNotAchievedAndTwelveWeeksInWorkIsNoSuccessAndGoesToTheCoordinator() {
        ProcessInstance pi = atVerification("MK-150006");
        complete(pi, TASK_VERIFY_OUTCOMES, needOutcomes(PROBLEMS, "CRIME_ASB").putValue("continuousEmploymentWeeks", 12));
        assertThat(pi).hasPassed(TASK_DECIDE_SUCCESS).hasNotPassed(TASK_AUDIT_CLAIM)
                .isWaitingAt(TASK_DECIDE_FURTHER_SUPPORT).variables()
                .containsEntry("successfulFamilyOutcome", false).containsEntry("turnedAround", false)
                .containsEntry("claimAmountPence", 0L);
        assertThat(records.claims()).isEmpty();
    }

    @Test
    void theWeeksInWorkAreAskedFor() {
        ProcessInstance pi = atVerification("MK-150007");
        assertThatThrownBy(() -> complete(pi, TASK_VERIFY_OUTCOMES, needOutcomes(PROBLEMS)))
                .hasMessageContaining("“Weeks of continuous employment” is required.");
        assertThat(pi).isWaitingAt(TASK_VERIFY_OUTCOMES);
    }

    @Test
    void aFamilyIsNeverClaimedForTwiceInTheProgramme() {
        ProcessInstance first = atVerification("MK-150008");
        complete(first, TASK_VERIFY_OUTCOMES, needOutcomes(PROBLEMS).putValue("continuousEmploymentWeeks", 0));
        complete(first, TASK_AUDIT_CLAIM, approved());
        assertThat(first).isEnded();

        ProcessInstance again = atVerification("MK-150008");
        complete(again, TASK_VERIFY_OUTCOMES, needOutcomes(PROBLEMS).putValue("continuousEmploymentWeeks", 20));
        assertThat(again).hasPassed(TASK_CALCULATE_CLAIM, END_EVENT_TURNED_AROUND).hasNotPassed(TASK_AUDIT_CLAIM).isEnded();
        assertThat(historicVariable(again, "claimAmountPence")).isEqualTo(0L);
        assertThat(records.claims()).hasSize(1);
    }
}
