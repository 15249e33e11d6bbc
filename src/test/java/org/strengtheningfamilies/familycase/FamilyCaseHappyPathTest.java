package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/** One family through every stage, from referral to a recorded claim and closure. */
class FamilyCaseHappyPathTest extends FamilyCaseProcessTest {

    @Test
    void familyIsReferredSupportedTurnedAroundAndClaimed() {
        ProcessInstance pi = startCase(referral("MK-000123"));
        assertThat(pi).isStarted().hasBusinessKey("MK-000123")
                .hasPassed(TASK_ASSESS_CRITERIA, TASK_DECIDE_ROUTE)
                .isWaitingAt(TASK_PANEL_VALIDATION)
                .variables().containsEntry("identificationRoute", "THREE_CRITERIA")
                .containsEntry("nationalCriteriaCount", 3);
        assertThat(taskOf(pi, TASK_PANEL_VALIDATION)).hasCandidateGroup("panel");

        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        assertThat(pi).hasPassed(TASK_ALLOCATE_KEY_WORKER).isWaitingAt(TASK_SEEK_CONSENT);
        assertThat(taskOf(pi, TASK_SEEK_CONSENT)).isAssignedTo("kw-cfp-1");
        assertThat(candidateGroups(pi, TASK_SEEK_CONSENT)).containsExactly("coordinator");
        assertThat(liveFamiliesOf("kw-cfp-1")).isEqualTo(1);

        complete(pi, TASK_SEEK_CONSENT, consent(true));
        complete(pi, TASK_HOLD_TAF_MEETING, tafMeeting("2012-10-01"));
        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2012-10-03"));
        assertThat(pi).hasPassed(TASK_RECORD_ATTACHMENT)
                .isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE)
                .variables().containsEntry("programmeYear", 1).containsEntry("supportEndDate", "2013-04-03");

        fire(pi, INTERMEDIATE_EVENT_REVIEW_DUE);
        complete(pi, TASK_MONTHLY_REVIEW, Variables.createVariables().putValue("reviewEngagement", "GOOD")
                .putValue("reviewProgress", "Lee attended every day this month"));
        assertThat(pi).isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE);

        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        assertThat(pi).isWaitingAt(TASK_VERIFY_OUTCOMES);
        assertThat(taskOf(pi, TASK_VERIFY_OUTCOMES)).isAssignedTo("kw-cfp-1");

        complete(pi, TASK_VERIFY_OUTCOMES, evidence().putValue("progressToWork", true));
        assertThat(pi).hasPassed(TASK_ASSESS_OUTCOMES, TASK_CALCULATE_CLAIM).isWaitingAt(TASK_AUDIT_CLAIM)
                .variables()
                .containsEntry("educationResult", "MET").containsEntry("asbResult", "MET")
                .containsEntry("offendingResult", "NOT_APPLICABLE").containsEntry("crimeAsbEducationResult", true)
                .containsEntry("progressToWorkResult", true).containsEntry("turnedAround", true)
                .containsEntry("claimAmountPence", 80_000L);
        assertThat(taskOf(pi, TASK_AUDIT_CLAIM)).hasCandidateGroup("audit");

        complete(pi, TASK_AUDIT_CLAIM, Variables.createVariables().putValue("auditDecision", "APPROVED"));
        assertThat(pi).hasPassed(TASK_RECORD_CLAIM, END_EVENT_TURNED_AROUND).isEnded();
        assertThat(records.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.reference()).isEqualTo("MK-000123-PBR1");
            assertThat(claim.lines()).hasSize(2);
        });
        assertThat(liveFamiliesOf("kw-cfp-1")).isZero();
        assertThat(caseload.isLive("MK-000123")).isFalse();
    }
}
