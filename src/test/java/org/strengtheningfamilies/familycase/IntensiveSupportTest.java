package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.kernel.CaseDataException;
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
        ProcessInstance pi = startAt(SUB_PROCESS_INTENSIVE_SUPPORT,
                attachedFamily(familyRef, leadService, needLevel, keyWorker, ATTACHED).putValue("programmeYear", 1));
        assertThat(caseload.tryTakePlace(keyWorker, familyRef, LeadService.valueOf(leadService), 5)).isTrue();
        assertThat(pi).isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE);
        return pi;
    }

    /** Places held by families with no case here, to fill a key worker up. */
    private void fillPlaces(String keyWorker, String refPrefix, int places, LeadService service) {
        for (int i = 1; i <= places; i++) {
            // a place is held by a live case
            assertThat(caseload.register(refPrefix + i, "other-case-" + i)).isTrue();
            assertThat(caseload.tryTakePlace(keyWorker, refPrefix + i, service, 5)).isTrue();
        }
    }

    private static VariableMap review(String progress) {
        return Variables.createVariables().putValue("reviewEngagement", "GOOD").putValue("reviewProgress", progress);
    }

    private static VariableMap supportAction(String action, String reason) {
        return Variables.createVariables().putValue("supportAction", action).putValue("supportActionReason", reason);
    }

    private void reportDisengagement(ProcessInstance pi) {
        complete(pi, TASK_SUPPORT_FAMILY, supportAction("DISENGAGED", "No contact for five weeks, doors not answered"));
        assertThat(pi).hasPassed(END_EVENT_DISENGAGEMENT_REPORTED, BOUNDARY_EVENT_DISENGAGED)
                .isWaitingAt(TASK_REVIEW_DISENGAGEMENT);
    }

    private static VariableMap disengagementDecision(String decision) {
        return Variables.createVariables().putValue("disengagementDecision", decision)
                .putValue("disengagementNotes", "Discussed with the key worker");
    }

    // ---- reviews and the end of support ------------------------------------------------------

    @Test
    void aReviewFallsDueEveryMonthWhileTheKeyWorkerSupportsTheFamily() {
        ProcessInstance pi = inSupport("MK-000501");
        String supportTask = taskOf(pi, TASK_SUPPORT_FAMILY).getId();
        assertThat(taskOf(pi, TASK_SUPPORT_FAMILY)).isAssignedTo("kw-cfp-1");
        assertThat(candidateGroups(pi, TASK_SUPPORT_FAMILY)).containsExactly("coordinator");

        fire(pi, INTERMEDIATE_EVENT_REVIEW_DUE);
        assertThat(pi).isWaitingAt(TASK_SUPPORT_FAMILY, TASK_MONTHLY_REVIEW);
        assertThat(timerAt(pi, INTERMEDIATE_EVENT_REVIEW_DUE)).isNull();
        assertThat(taskOf(pi, TASK_MONTHLY_REVIEW)).isAssignedTo("kw-cfp-1");
        assertThat(candidateGroups(pi, TASK_MONTHLY_REVIEW)).containsExactly("coordinator");
        complete(pi, TASK_MONTHLY_REVIEW, review("Lee attended every day in October"));

        assertThat(pi).isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE);
        fire(pi, INTERMEDIATE_EVENT_REVIEW_DUE);
        complete(pi, TASK_MONTHLY_REVIEW, review("Mother has an interview with the employment adviser"));

        assertThat(pi).isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE)
                .variables().containsEntry("reviewProgress", "Mother has an interview with the employment adviser");
        assertThat(timesEntered(pi, TASK_MONTHLY_REVIEW)).isEqualTo(2);
        assertThat(taskOf(pi, TASK_SUPPORT_FAMILY).getId()).isEqualTo(supportTask);
        assertThat(timerAt(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED).getDuedate()).isEqualTo(startOfDay(SUPPORT_ENDS));
    }

    @Test
    void theEndOfTheSupportPeriodLeadsToOutcomeVerification() {
        ProcessInstance pi = inSupport("MK-000502");
        fire(pi, INTERMEDIATE_EVENT_REVIEW_DUE); // a review is open when support ends
        assertThat(timerAt(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED).getDuedate()).isEqualTo(startOfDay(SUPPORT_ENDS));

        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);

        assertThat(pi).hasPassed(INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED, END_EVENT_SUPPORT_COMPLETED, SUB_PROCESS_INTENSIVE_SUPPORT)
                .isWaitingAt(TASK_VERIFY_OUTCOMES);
        assertThat(taskOf(pi, TASK_SUPPORT_FAMILY)).isNull();
        assertThat(taskOf(pi, TASK_MONTHLY_REVIEW)).isNull();
        assertThat(timerAt(pi, INTERMEDIATE_EVENT_REVIEW_DUE)).isNull();
        assertThat(taskOf(pi, TASK_VERIFY_OUTCOMES)).isAssignedTo("kw-cfp-1");
        assertThat(candidateGroups(pi, TASK_VERIFY_OUTCOMES)).containsExactly("coordinator");
        assertThat(liveFamiliesOf("kw-cfp-1")).isEqualTo(1);
    }

    // ---- step-up -------------------------------------------------------------------------

    @Test
    void steppingUpMovesTheCaseToChildrensSocialCareWithoutRestartingSupport() {
        ProcessInstance pi = inSupport("MK-000503");

        complete(pi, TASK_SUPPORT_FAMILY, supportAction("STEP_UP", "Child protection concerns after a disclosure"));

        assertThat(pi).hasPassed(END_EVENT_STEP_UP_REQUESTED, BOUNDARY_EVENT_STEP_UP, TASK_STEP_UP_TO_SOCIAL_CARE)
                .hasNotPassed(TASK_SEEK_CONSENT, TASK_RECORD_ATTACHMENT)
                .isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE)
                .variables().containsEntry("leadService", "CSC").containsEntry("needLevel", 4)
                .containsEntry("keyWorker", "kw-csc-1").containsEntry("keyWorkerTeam", "team-csc")
                .containsEntry("supportEndDate", SUPPORT_ENDS).containsEntry("attachmentDate", ATTACHED)
                .containsEntry("programmeYear", 1);
        assertThat(timesEntered(pi, SUB_PROCESS_INTENSIVE_SUPPORT)).isEqualTo(2);
        assertThat(taskOf(pi, TASK_SUPPORT_FAMILY)).isAssignedTo("kw-csc-1");
        assertThat(candidateGroups(pi, TASK_SUPPORT_FAMILY)).containsExactly("coordinator");
        assertThat(timerAt(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED).getDuedate()).isEqualTo(startOfDay(SUPPORT_ENDS));
        assertThat(liveFamiliesOf("kw-cfp-1")).isZero();
        assertThat(liveFamiliesOf("kw-csc-1")).isEqualTo(1);
        assertThat(caseload.placeHolder("MK-000503")).contains("kw-csc-1");
    }

    @Test
    void steppingUpFreesTheOldPlaceForTheFamilyThatHasWaitedLongest() {
        ProcessInstance steppingUp = inSupport("MK-000504");
        // every other CFP place is taken, so the next CFP family must wait
        fillPlaces("kw-cfp-1", "MK-9010", 4, LeadService.CFP);
        fillPlaces("kw-cfp-2", "MK-9020", 5, LeadService.CFP);
        fillPlaces("kw-cfp-3", "MK-9030", 5, LeadService.CFP);
        ProcessInstance waiting = startAt(TASK_ALLOCATE_KEY_WORKER, referral("MK-000505")
                .putValue("retrospective", false).putValue("panelDecision", "ACCEPT").putValue("needLevel", 3)
                .putValue("leadService", "CFP").putValue("keyWorker", null).putValue("keyWorkerTeam", null));
        assertThat(waiting).isWaitingAt(TASK_AWAIT_CAPACITY);

        complete(steppingUp, TASK_SUPPORT_FAMILY, supportAction("STEP_UP", "Child protection concerns"));

        assertThat(steppingUp).isWaitingAt(TASK_SUPPORT_FAMILY).variables().containsEntry("keyWorker", "kw-csc-1");
        assertThat(waiting).hasPassed(BOUNDARY_EVENT_CAPACITY_FREED).isWaitingAt(TASK_SEEK_CONSENT);
        assertThat(taskOf(waiting, TASK_SEEK_CONSENT)).isAssignedTo("kw-cfp-1");
        assertThat(liveFamiliesOf("kw-cfp-1")).isEqualTo(5);
    }

    @Test
    void steppingUpWhenChildrensSocialCareIsFullWaitsForACscPlace() {
        ProcessInstance pi = inSupport("MK-000506");
        fillPlaces("kw-csc-1", "MK-9040", 5, LeadService.CSC);

        complete(pi, TASK_SUPPORT_FAMILY, supportAction("STEP_UP", "Child protection concerns"));

        assertThat(pi).hasPassed(TASK_STEP_UP_TO_SOCIAL_CARE).isWaitingAt(TASK_AWAIT_CAPACITY)
                .variables().containsEntry("leadService", "CSC").containsEntry("keyWorkerTeam", "team-csc");
        assertThat(variable(pi, "keyWorker")).isNull();
        assertThat(liveFamiliesOf("kw-cfp-1")).isZero();
        assertThat(liveFamiliesOf("kw-csc-1")).isEqualTo(5);

        caseload.releasePlace("MK-90401");
        complete(pi, TASK_AWAIT_CAPACITY, Variables.createVariables().putValue("capacityNote", "A CSC case closed"));

        assertThat(pi).hasNotPassed(TASK_SEEK_CONSENT).isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE)
                .variables().containsEntry("keyWorker", "kw-csc-1").containsEntry("supportEndDate", SUPPORT_ENDS);
        assertThat(taskOf(pi, TASK_SUPPORT_FAMILY)).isAssignedTo("kw-csc-1");
    }

    @Test
    void steppingUpACaseAlreadyLedByChildrensSocialCareKeepsItsKeyWorker() {
        ProcessInstance pi = inSupport("MK-000511", "CSC", 4, "kw-csc-1");
        fillPlaces("kw-csc-1", "MK-9050", 4, LeadService.CSC);
        ProcessInstance waiting = startAt(TASK_ALLOCATE_KEY_WORKER, referral("MK-000512")
                .putValue("retrospective", false).putValue("panelDecision", "ACCEPT").putValue("needLevel", 4)
                .putValue("leadService", "CSC").putValue("keyWorker", null).putValue("keyWorkerTeam", null));
        assertThat(waiting).isWaitingAt(TASK_AWAIT_CAPACITY);

        // refusing the step-up (naming supportAction) or treating it as a no-op would both be right
        Throwable thrown = catchThrowable(() -> complete(pi, TASK_SUPPORT_FAMILY,
                supportAction("STEP_UP", "Concerns are escalating")));
        if (thrown != null) {
            Throwable cause = thrown;
            while (cause != null && !(cause instanceof CaseDataException)) {
                cause = cause.getCause();
            }
            assertThat(cause).as("a refused step-up must be bad case data, not a crash: " + thrown)
                    .isInstanceOf(CaseDataException.class).hasMessageContaining(
                            "The family is already led by Children's Social Care, so it cannot be stepped up to it");
        }

        assertThat(pi).hasNotPassed(TASK_AWAIT_CAPACITY).isWaitingAt(TASK_SUPPORT_FAMILY);
        assertThat(taskOf(pi, TASK_SUPPORT_FAMILY)).isAssignedTo("kw-csc-1");
        assertThat(caseload.placeHolder("MK-000511")).contains("kw-csc-1");
        assertThat(waiting).isWaitingAt(TASK_AWAIT_CAPACITY);
        assertThat(liveFamiliesOf("kw-csc-1")).isEqualTo(5);
    }

    // ---- disengagement -------------------------------------------------------------------

    @Test
    void reportedDisengagementGoesToTheCoordinator() {
        ProcessInstance pi = inSupport("MK-000507");

        reportDisengagement(pi);

        assertThat(taskOf(pi, TASK_REVIEW_DISENGAGEMENT)).hasCandidateGroup("coordinator").isNotAssigned();
        assertThat(timerAt(pi, INTERMEDIATE_EVENT_REVIEW_DUE)).isNull();
        assertThat(timerAt(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED)).isNull();
        assertThat(liveFamiliesOf("kw-cfp-1")).isEqualTo(1);
    }

    @Test
    void coordinatorContinuingSupportSendsTheCaseBackToTheSameKeyWorker() {
        ProcessInstance pi = inSupport("MK-000508");
        reportDisengagement(pi);

        complete(pi, TASK_REVIEW_DISENGAGEMENT, disengagementDecision("CONTINUE_SUPPORT"));

        assertThat(pi).isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE)
                .variables().containsEntry("keyWorker", "kw-cfp-1").containsEntry("supportEndDate", SUPPORT_ENDS);
        assertThat(timesEntered(pi, SUB_PROCESS_INTENSIVE_SUPPORT)).isEqualTo(2);
        assertThat(taskOf(pi, TASK_SUPPORT_FAMILY)).isAssignedTo("kw-cfp-1");
        assertThat(timerAt(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED).getDuedate()).isEqualTo(startOfDay(SUPPORT_ENDS));
        assertThat(liveFamiliesOf("kw-cfp-1")).isEqualTo(1);
    }

    @Test
    void coordinatorCanHaveADisengagedFamilysOutcomesVerifiedNow() {
        ProcessInstance pi = inSupport("MK-000509");
        reportDisengagement(pi);

        complete(pi, TASK_REVIEW_DISENGAGEMENT, disengagementDecision("VERIFY_OUTCOMES"));

        assertThat(pi).hasNotPassed(END_EVENT_CLOSED_WITHOUT_RESULT).isWaitingAt(TASK_VERIFY_OUTCOMES);
        assertThat(taskOf(pi, TASK_VERIFY_OUTCOMES)).isAssignedTo("kw-cfp-1");
        assertThat(liveFamiliesOf("kw-cfp-1")).isEqualTo(1);
    }

    @Test
    void coordinatorClosingADisengagedCaseEndsItWithoutResultAndFreesThePlace() {
        ProcessInstance pi = inSupport("MK-000510");
        reportDisengagement(pi);

        complete(pi, TASK_REVIEW_DISENGAGEMENT, disengagementDecision("CLOSE"));

        assertThat(pi).hasPassed(END_EVENT_CLOSED_WITHOUT_RESULT).hasNotPassed(TASK_VERIFY_OUTCOMES).isEnded();
        assertThat(historicEndActivity(pi)).isEqualTo(END_EVENT_CLOSED_WITHOUT_RESULT);
        assertThat(historicVariable(pi, "caseOutcome")).isEqualTo("CLOSED_WITHOUT_RESULT");
        assertThat(liveFamiliesOf("kw-cfp-1")).isZero();
        assertThat(caseload.isLive("MK-000510")).isFalse();
    }
}
