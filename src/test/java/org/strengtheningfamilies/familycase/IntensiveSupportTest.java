package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * Intensive support (DESIGN.md section 2, step 8): monthly reviews, step-up to Children's Social
 * Care, disengagement and the coordinator's three answers, and the end of the support period.
 * Each case starts on entering SubProcess_IntensiveSupport, attached on 2012-10-03 to kw-cfp-1.
 */
class IntensiveSupportTest extends FamilyCaseProcessTest {

    private static final String ATTACHED = "2012-10-03";
    private static final String SUPPORT_ENDS = "2013-04-03";

    private ProcessInstance inSupport(String familyRef) {
        return inSupport(familyRef, "CFP", 3, "kw-cfp-1");
    }

    private ProcessInstance inSupport(String familyRef, String leadService, int needLevel, String keyWorker) {
        ProcessInstance pi = startAt("SubProcess_IntensiveSupport",
                attachedFamily(familyRef, leadService, needLevel, keyWorker, ATTACHED).putValue("programmeYear", 1));
        assertThat(beans.caseload.tryTakePlace(keyWorker, familyRef, LeadService.valueOf(leadService), 5)).isTrue();
        assertThat(pi).isWaitingAt("Task_SupportFamily", "IntermediateEvent_ReviewDue");
        return pi;
    }

    /** Places held by families with no case here, to fill a key worker up. */
    private void fillPlaces(String keyWorker, String refPrefix, int places, LeadService service) {
        for (int i = 1; i <= places; i++) {
            assertThat(beans.caseload.tryTakePlace(keyWorker, refPrefix + i, service, 5)).isTrue();
        }
    }

    private static VariableMap review(String progress) {
        return Variables.createVariables().putValue("reviewEngagement", "GOOD").putValue("reviewProgress", progress);
    }

    private static VariableMap supportAction(String action, String reason) {
        return Variables.createVariables().putValue("supportAction", action).putValue("supportActionReason", reason);
    }

    private void reportDisengagement(ProcessInstance pi) {
        complete(pi, "Task_SupportFamily", supportAction("DISENGAGED", "No contact for five weeks, doors not answered"));
        assertThat(pi).hasPassed("EndEvent_DisengagementReported", "BoundaryEvent_Disengaged")
                .isWaitingAt("Task_ReviewDisengagement");
    }

    private static VariableMap disengagementDecision(String decision) {
        return Variables.createVariables().putValue("disengagementDecision", decision)
                .putValue("disengagementNotes", "Discussed with the key worker");
    }

    // ---- reviews and the end of support ------------------------------------------------------

    @Test
    void aReviewFallsDueEveryMonthWhileTheKeyWorkerSupportsTheFamily() {
        ProcessInstance pi = inSupport("MK-000501");
        String supportTask = taskOf(pi, "Task_SupportFamily").getId();
        assertThat(taskOf(pi, "Task_SupportFamily")).isAssignedTo("kw-cfp-1");
        assertThat(candidateGroups(pi, "Task_SupportFamily")).containsExactly("coordinator");

        fire(pi, "IntermediateEvent_ReviewDue");
        assertThat(pi).isWaitingAt("Task_SupportFamily", "Task_MonthlyReview");
        assertThat(timerAt(pi, "IntermediateEvent_ReviewDue")).isNull();
        assertThat(taskOf(pi, "Task_MonthlyReview")).isAssignedTo("kw-cfp-1");
        assertThat(candidateGroups(pi, "Task_MonthlyReview")).containsExactly("coordinator");
        complete(pi, "Task_MonthlyReview", review("Lee attended every day in October"));

        assertThat(pi).isWaitingAt("Task_SupportFamily", "IntermediateEvent_ReviewDue");
        fire(pi, "IntermediateEvent_ReviewDue");
        complete(pi, "Task_MonthlyReview", review("Mother has an interview with the employment adviser"));

        assertThat(pi).isWaitingAt("Task_SupportFamily", "IntermediateEvent_ReviewDue")
                .variables().containsEntry("reviewProgress", "Mother has an interview with the employment adviser");
        assertThat(timesEntered(pi, "Task_MonthlyReview")).isEqualTo(2);
        assertThat(taskOf(pi, "Task_SupportFamily").getId()).isEqualTo(supportTask);
        assertThat(timerAt(pi, "IntermediateEvent_SupportPeriodEnded").getDuedate()).isEqualTo(startOfDay(SUPPORT_ENDS));
    }

    @Test
    void theEndOfTheSupportPeriodLeadsToOutcomeVerification() {
        ProcessInstance pi = inSupport("MK-000502");
        fire(pi, "IntermediateEvent_ReviewDue"); // a review is open when support ends
        assertThat(timerAt(pi, "IntermediateEvent_SupportPeriodEnded").getDuedate()).isEqualTo(startOfDay(SUPPORT_ENDS));

        fire(pi, "IntermediateEvent_SupportPeriodEnded");

        assertThat(pi).hasPassed("IntermediateEvent_SupportPeriodEnded", "EndEvent_SupportCompleted", "SubProcess_IntensiveSupport")
                .isWaitingAt("Task_VerifyOutcomes");
        assertThat(taskOf(pi, "Task_SupportFamily")).isNull();
        assertThat(taskOf(pi, "Task_MonthlyReview")).isNull();
        assertThat(timerAt(pi, "IntermediateEvent_ReviewDue")).isNull();
        assertThat(taskOf(pi, "Task_VerifyOutcomes")).isAssignedTo("kw-cfp-1");
        assertThat(candidateGroups(pi, "Task_VerifyOutcomes")).containsExactly("coordinator");
        assertThat(beans.caseload.liveFamiliesOf("kw-cfp-1")).isEqualTo(1);
    }

    // ---- step-up -------------------------------------------------------------------------

    @Test
    void steppingUpMovesTheCaseToChildrensSocialCareWithoutRestartingSupport() {
        ProcessInstance pi = inSupport("MK-000503");

        complete(pi, "Task_SupportFamily", supportAction("STEP_UP", "Child protection concerns after a disclosure"));

        assertThat(pi).hasPassed("EndEvent_StepUpRequested", "BoundaryEvent_StepUp", "Task_StepUpToSocialCare")
                .hasNotPassed("Task_SeekConsent", "Task_RecordAttachment")
                .isWaitingAt("Task_SupportFamily", "IntermediateEvent_ReviewDue")
                .variables().containsEntry("leadService", "CSC").containsEntry("needLevel", 4)
                .containsEntry("keyWorker", "kw-csc-1").containsEntry("keyWorkerTeam", "team-csc")
                .containsEntry("supportEndDate", SUPPORT_ENDS).containsEntry("attachmentDate", ATTACHED)
                .containsEntry("programmeYear", 1);
        assertThat(timesEntered(pi, "SubProcess_IntensiveSupport")).isEqualTo(2);
        assertThat(taskOf(pi, "Task_SupportFamily")).isAssignedTo("kw-csc-1");
        assertThat(candidateGroups(pi, "Task_SupportFamily")).containsExactly("coordinator");
        assertThat(timerAt(pi, "IntermediateEvent_SupportPeriodEnded").getDuedate()).isEqualTo(startOfDay(SUPPORT_ENDS));
        assertThat(beans.caseload.liveFamiliesOf("kw-cfp-1")).isZero();
        assertThat(beans.caseload.liveFamiliesOf("kw-csc-1")).isEqualTo(1);
        assertThat(beans.caseload.placeHolder("MK-000503")).contains("kw-csc-1");
    }

    @Test
    void steppingUpFreesTheOldPlaceForTheFamilyThatHasWaitedLongest() {
        ProcessInstance steppingUp = inSupport("MK-000504");
        // every other CFP place is taken, so the next CFP family must wait
        fillPlaces("kw-cfp-1", "MK-9010", 4, LeadService.CFP);
        fillPlaces("kw-cfp-2", "MK-9020", 5, LeadService.CFP);
        fillPlaces("kw-cfp-3", "MK-9030", 5, LeadService.CFP);
        ProcessInstance waiting = startAt("Task_AllocateKeyWorker", referral("MK-000505")
                .putValue("retrospective", false).putValue("panelDecision", "ACCEPT").putValue("needLevel", 3)
                .putValue("leadService", "CFP").putValue("keyWorker", null).putValue("keyWorkerTeam", null));
        assertThat(waiting).isWaitingAt("Task_AwaitCapacity");

        complete(steppingUp, "Task_SupportFamily", supportAction("STEP_UP", "Child protection concerns"));

        assertThat(steppingUp).isWaitingAt("Task_SupportFamily").variables().containsEntry("keyWorker", "kw-csc-1");
        assertThat(waiting).hasPassed("BoundaryEvent_CapacityFreed").isWaitingAt("Task_SeekConsent");
        assertThat(taskOf(waiting, "Task_SeekConsent")).isAssignedTo("kw-cfp-1");
        assertThat(beans.caseload.liveFamiliesOf("kw-cfp-1")).isEqualTo(5);
    }

    @Test
    void steppingUpWhenChildrensSocialCareIsFullWaitsForACscPlace() {
        ProcessInstance pi = inSupport("MK-000506");
        fillPlaces("kw-csc-1", "MK-9040", 5, LeadService.CSC);

        complete(pi, "Task_SupportFamily", supportAction("STEP_UP", "Child protection concerns"));

        assertThat(pi).hasPassed("Task_StepUpToSocialCare").isWaitingAt("Task_AwaitCapacity")
                .variables().containsEntry("leadService", "CSC").containsEntry("keyWorkerTeam", "team-csc");
        assertThat(variable(pi, "keyWorker")).isNull();
        assertThat(beans.caseload.liveFamiliesOf("kw-cfp-1")).isZero();
        assertThat(beans.caseload.liveFamiliesOf("kw-csc-1")).isEqualTo(5);

        beans.caseload.releasePlace("MK-90401");
        complete(pi, "Task_AwaitCapacity", Variables.createVariables().putValue("capacityNote", "A CSC case closed"));

        assertThat(pi).hasNotPassed("Task_SeekConsent").isWaitingAt("Task_SupportFamily", "IntermediateEvent_ReviewDue")
                .variables().containsEntry("keyWorker", "kw-csc-1").containsEntry("supportEndDate", SUPPORT_ENDS);
        assertThat(taskOf(pi, "Task_SupportFamily")).isAssignedTo("kw-csc-1");
    }

    @Test
    void steppingUpACaseAlreadyLedByChildrensSocialCareKeepsItsKeyWorker() {
        ProcessInstance pi = inSupport("MK-000511", "CSC", 4, "kw-csc-1");
        fillPlaces("kw-csc-1", "MK-9050", 4, LeadService.CSC);
        ProcessInstance waiting = startAt("Task_AllocateKeyWorker", referral("MK-000512")
                .putValue("retrospective", false).putValue("panelDecision", "ACCEPT").putValue("needLevel", 4)
                .putValue("leadService", "CSC").putValue("keyWorker", null).putValue("keyWorkerTeam", null));
        assertThat(waiting).isWaitingAt("Task_AwaitCapacity");

        // refusing the step-up (naming supportAction) or treating it as a no-op would both be right
        Throwable thrown = catchThrowable(() -> complete(pi, "Task_SupportFamily",
                supportAction("STEP_UP", "Concerns are escalating")));
        if (thrown != null) {
            Throwable cause = thrown;
            while (cause != null && !(cause instanceof CaseDataException)) {
                cause = cause.getCause();
            }
            assertThat(cause).as("a refused step-up must be bad case data, not a crash: " + thrown)
                    .isInstanceOf(CaseDataException.class).hasMessageContaining("supportAction");
        }

        assertThat(pi).hasNotPassed("Task_AwaitCapacity").isWaitingAt("Task_SupportFamily");
        assertThat(taskOf(pi, "Task_SupportFamily")).isAssignedTo("kw-csc-1");
        assertThat(beans.caseload.placeHolder("MK-000511")).contains("kw-csc-1");
        assertThat(waiting).isWaitingAt("Task_AwaitCapacity");
        assertThat(beans.caseload.liveFamiliesOf("kw-csc-1")).isEqualTo(5);
    }

    // ---- disengagement -------------------------------------------------------------------

    @Test
    void reportedDisengagementGoesToTheCoordinator() {
        ProcessInstance pi = inSupport("MK-000507");

        reportDisengagement(pi);

        assertThat(taskOf(pi, "Task_ReviewDisengagement")).hasCandidateGroup("coordinator").isNotAssigned();
        assertThat(timerAt(pi, "IntermediateEvent_ReviewDue")).isNull();
        assertThat(timerAt(pi, "IntermediateEvent_SupportPeriodEnded")).isNull();
        assertThat(beans.caseload.liveFamiliesOf("kw-cfp-1")).isEqualTo(1);
    }

    @Test
    void coordinatorContinuingSupportSendsTheCaseBackToTheSameKeyWorker() {
        ProcessInstance pi = inSupport("MK-000508");
        reportDisengagement(pi);

        complete(pi, "Task_ReviewDisengagement", disengagementDecision("CONTINUE_SUPPORT"));

        assertThat(pi).isWaitingAt("Task_SupportFamily", "IntermediateEvent_ReviewDue")
                .variables().containsEntry("keyWorker", "kw-cfp-1").containsEntry("supportEndDate", SUPPORT_ENDS);
        assertThat(timesEntered(pi, "SubProcess_IntensiveSupport")).isEqualTo(2);
        assertThat(taskOf(pi, "Task_SupportFamily")).isAssignedTo("kw-cfp-1");
        assertThat(timerAt(pi, "IntermediateEvent_SupportPeriodEnded").getDuedate()).isEqualTo(startOfDay(SUPPORT_ENDS));
        assertThat(beans.caseload.liveFamiliesOf("kw-cfp-1")).isEqualTo(1);
    }

    @Test
    void coordinatorCanHaveADisengagedFamilysOutcomesVerifiedNow() {
        ProcessInstance pi = inSupport("MK-000509");
        reportDisengagement(pi);

        complete(pi, "Task_ReviewDisengagement", disengagementDecision("VERIFY_OUTCOMES"));

        assertThat(pi).hasNotPassed("EndEvent_ClosedWithoutResult").isWaitingAt("Task_VerifyOutcomes");
        assertThat(taskOf(pi, "Task_VerifyOutcomes")).isAssignedTo("kw-cfp-1");
        assertThat(beans.caseload.liveFamiliesOf("kw-cfp-1")).isEqualTo(1);
    }

    @Test
    void coordinatorClosingADisengagedCaseEndsItWithoutResultAndFreesThePlace() {
        ProcessInstance pi = inSupport("MK-000510");
        reportDisengagement(pi);

        complete(pi, "Task_ReviewDisengagement", disengagementDecision("CLOSE"));

        assertThat(pi).hasPassed("EndEvent_ClosedWithoutResult").hasNotPassed("Task_VerifyOutcomes").isEnded();
        assertThat(historicEndActivity(pi)).isEqualTo("EndEvent_ClosedWithoutResult");
        assertThat(historicVariable(pi, "caseOutcome")).isEqualTo("CLOSED_WITHOUT_RESULT");
        assertThat(beans.caseload.liveFamiliesOf("kw-cfp-1")).isZero();
        assertThat(beans.caseload.isLive("MK-000510")).isFalse();
    }
}
