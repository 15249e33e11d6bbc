package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/** Identification (DESIGN.md section 3) and the panel's three answers (section 2, step 3). */
class IdentificationAndPanelTest extends FamilyCaseProcessTest {

    private static VariableMap twoCriteria(String familyRef) {
        return referral(familyRef).putValue("criterionWork", false).putValue("criterionWorkEvidence", null);
    }

    // ---- identification ------------------------------------------------------------------

    @Test
    void householdMeetingOneCriterionIsSignpostedEvenWithLocalFilters() {
        ProcessInstance pi = startCase(referral("MK-000201")
                .putValue("criterionEducation", false).putValue("criterionWork", false)
                .putValue("localDomesticAbuse", true).putValue("localHousing", true));

        assertThat(pi).hasPassed(TASK_ASSESS_CRITERIA, TASK_DECIDE_ROUTE, END_EVENT_SIGNPOSTED)
                .hasNotPassed(TASK_PANEL_VALIDATION).isEnded();
        assertThat(historicEndActivity(pi)).isEqualTo(END_EVENT_SIGNPOSTED);
        assertThat(historicVariable(pi, "nationalCriteriaCount")).isEqualTo(1);
        assertThat(historicVariable(pi, "localFilterCount")).isEqualTo(2);
        assertThat(historicVariable(pi, "identificationRoute")).isEqualTo("NOT_ELIGIBLE");
        assertThat(historicVariable(pi, "caseOutcome")).isEqualTo("SIGNPOSTED");
        assertThat(caseload.isLive("MK-000201")).isFalse();
    }

    @Test
    void twoCriteriaPlusALocalFilterReachThePanelByTheTwoPlusLocalRoute() {
        ProcessInstance pi = startCase(twoCriteria("MK-000202").putValue("localDomesticAbuse", true));

        assertThat(pi).hasPassed(TASK_ASSESS_CRITERIA, TASK_DECIDE_ROUTE).isWaitingAt(TASK_PANEL_VALIDATION)
                .variables().containsEntry("nationalCriteriaCount", 2).containsEntry("localFilterCount", 1)
                .containsEntry("identificationRoute", "TWO_PLUS_LOCAL");
        assertThat(taskOf(pi, TASK_PANEL_VALIDATION)).hasCandidateGroup("panel");
        assertThat(caseload.isLive("MK-000202")).isTrue();
    }

    @Test
    void twoCriteriaWithoutALocalFilterAreSignposted() {
        ProcessInstance pi = startCase(twoCriteria("MK-000203"));

        assertThat(pi).hasPassed(TASK_DECIDE_ROUTE, END_EVENT_SIGNPOSTED).hasNotPassed(TASK_PANEL_VALIDATION)
                .isEnded();
        assertThat(historicVariable(pi, "nationalCriteriaCount")).isEqualTo(2);
        assertThat(historicVariable(pi, "localFilterCount")).isEqualTo(0);
        assertThat(historicVariable(pi, "identificationRoute")).isEqualTo("NOT_ELIGIBLE");
        assertThat(caseload.isLive("MK-000203")).isFalse();
    }

    // ---- the panel -----------------------------------------------------------------------

    @Test
    void panelRejectingWithAReasonEndsTheCaseWithoutAKeyWorker() {
        ProcessInstance pi = startCase(referral("MK-000204"));

        complete(pi, TASK_PANEL_VALIDATION, Variables.createVariables().putValue("panelDecision", "REJECT")
                .putValue("panelReason", "Already open to the Youth Offending Team's intensive programme"));

        assertThat(pi).hasPassed(END_EVENT_REJECTED_BY_PANEL).hasNotPassed(TASK_ALLOCATE_KEY_WORKER).isEnded();
        assertThat(historicEndActivity(pi)).isEqualTo(END_EVENT_REJECTED_BY_PANEL);
        assertThat(historicVariable(pi, "caseOutcome")).isEqualTo("REJECTED_BY_PANEL");
        assertThat(historicVariable(pi, "panelReason"))
                .isEqualTo("Already open to the Youth Offending Team's intensive programme");
        assertThat(caseload.isLive("MK-000204")).isFalse();
    }

    @Test
    void panelAskingForMoreInformationGoesBackToTheReferrerAndThenToThePanelAgain() {
        ProcessInstance pi;
        engine.getIdentityService().setAuthenticatedUserId("referrer");
        try {
            pi = startCase(twoCriteria("MK-000205").putValue("localHousing", true));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(pi).variables().containsEntry("referredBy", "referrer").containsEntry("localFilterCount", 1);

        complete(pi, TASK_PANEL_VALIDATION, Variables.createVariables().putValue("panelDecision", "MORE_INFO")
                .putValue("panelReason", "Is there domestic abuse in the household? Police mention call-outs"));

        assertThat(pi).isWaitingAt(TASK_PROVIDE_MORE_INFORMATION);
        assertThat(taskOf(pi, TASK_PROVIDE_MORE_INFORMATION)).isAssignedTo("referrer");
        assertThat(candidateGroups(pi, TASK_PROVIDE_MORE_INFORMATION)).containsExactly("coordinator");

        complete(pi, TASK_PROVIDE_MORE_INFORMATION, Variables.createVariables()
                .putValue("localDomesticAbuse", true)
                .putValue("localFiltersEvidence", "MARAC referral, June 2013"));

        assertThat(pi).isWaitingAt(TASK_PANEL_VALIDATION)
                .variables().containsEntry("localFilterCount", 2).containsEntry("identificationRoute", "TWO_PLUS_LOCAL");
        assertThat(timesEntered(pi, TASK_ASSESS_CRITERIA)).isEqualTo(2);
        assertThat(timesEntered(pi, TASK_DECIDE_ROUTE)).isEqualTo(2);
        assertThat(timesEntered(pi, TASK_PANEL_VALIDATION)).isEqualTo(2);
        assertThat(taskOf(pi, TASK_PANEL_VALIDATION)).hasCandidateGroup("panel");
    }

    @Test
    void moreInformationThatLeavesTheHouseholdIneligibleEndsSignposted() {
        ProcessInstance pi = startCase(referral("MK-000206"));
        complete(pi, TASK_PANEL_VALIDATION, Variables.createVariables().putValue("panelDecision", "MORE_INFO")
                .putValue("panelReason", "Which benefit is the mother on?"));

        complete(pi, TASK_PROVIDE_MORE_INFORMATION, Variables.createVariables()
                .putValue("criterionWork", false).putValue("criterionWorkEvidence", "Mother started work in 2011"));

        assertThat(pi).hasPassed(END_EVENT_SIGNPOSTED).isEnded();
        assertThat(timesEntered(pi, TASK_ASSESS_CRITERIA)).isEqualTo(2);
        assertThat(historicVariable(pi, "identificationRoute")).isEqualTo("NOT_ELIGIBLE");
        assertThat(caseload.isLive("MK-000206")).isFalse();
    }

    @Test
    void acceptedWithNoFurtherActionEndsIdentifiedButNotWorkedWith() {
        ProcessInstance pi = startCase(referral("MK-000207"));
        assertThat(caseload.isLive("MK-000207")).isTrue();

        complete(pi, TASK_PANEL_VALIDATION, accept(3, "NFA"));

        assertThat(pi).hasPassed(END_EVENT_NO_FURTHER_ACTION).hasNotPassed(TASK_ALLOCATE_KEY_WORKER).isEnded();
        assertThat(historicEndActivity(pi)).isEqualTo(END_EVENT_NO_FURTHER_ACTION);
        assertThat(historicVariable(pi, "caseOutcome")).isEqualTo("NO_FURTHER_ACTION");
        assertThat(historicVariable(pi, "identificationRoute")).isEqualTo("THREE_CRITERIA");
        assertThat(caseload.isLive("MK-000207")).isFalse();
        assertThat(caseload.placeHolder("MK-000207")).isEmpty();
    }

    @Test
    void acceptedWithALeadServiceGoesToAllocation() {
        ProcessInstance pi = startCase(referral("MK-000208"));

        complete(pi, TASK_PANEL_VALIDATION, accept(2, "YOT"));

        assertThat(pi).hasPassed(TASK_ALLOCATE_KEY_WORKER).hasNotPassed(END_EVENT_NO_FURTHER_ACTION)
                .isWaitingAt(TASK_SEEK_CONSENT).variables().containsEntry("keyWorker", "kw-yot-1")
                .containsEntry("keyWorkerTeam", "team-yot").containsEntry("needLevel", 2);
        assertThat(taskOf(pi, TASK_SEEK_CONSENT)).isAssignedTo("kw-yot-1");
    }
}
