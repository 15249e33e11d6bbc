package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

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
                .hasPassed("Task_AssessCriteria", "Task_DecideRoute")
                .isWaitingAt("Task_PanelValidation")
                .variables().containsEntry("identificationRoute", "THREE_CRITERIA")
                .containsEntry("nationalCriteriaCount", 3);
        assertThat(taskOf(pi, "Task_PanelValidation")).hasCandidateGroup("panel");

        complete(pi, "Task_PanelValidation", accept(3, "CFP"));
        assertThat(pi).hasPassed("Task_AllocateKeyWorker").isWaitingAt("Task_SeekConsent");
        assertThat(taskOf(pi, "Task_SeekConsent")).isAssignedTo("kw-cfp-1");
        assertThat(candidateGroups(pi, "Task_SeekConsent")).containsExactly("coordinator");
        assertThat(beans.caseload.liveFamiliesOf("kw-cfp-1")).isEqualTo(1);

        complete(pi, "Task_SeekConsent", consent(true));
        complete(pi, "Task_HoldTafMeeting", tafMeeting("2012-10-01"));
        complete(pi, "Task_AgreeFamilyPlan", plan(true, "2012-10-03"));
        assertThat(pi).hasPassed("Task_RecordAttachment")
                .isWaitingAt("Task_SupportFamily", "IntermediateEvent_ReviewDue")
                .variables().containsEntry("programmeYear", 1).containsEntry("supportEndDate", "2013-04-03");

        fire(pi, "IntermediateEvent_ReviewDue");
        complete(pi, "Task_MonthlyReview", Variables.createVariables().putValue("reviewEngagement", "GOOD")
                .putValue("reviewProgress", "Lee attended every day this month"));
        assertThat(pi).isWaitingAt("Task_SupportFamily", "IntermediateEvent_ReviewDue");

        fire(pi, "IntermediateEvent_SupportPeriodEnded");
        assertThat(pi).isWaitingAt("Task_VerifyOutcomes");
        assertThat(taskOf(pi, "Task_VerifyOutcomes")).isAssignedTo("kw-cfp-1");

        complete(pi, "Task_VerifyOutcomes", evidence().putValue("progressToWork", true));
        assertThat(pi).hasPassed("Task_AssessOutcomes", "Task_CalculateClaim").isWaitingAt("Task_AuditClaim")
                .variables()
                .containsEntry("educationResult", "MET").containsEntry("asbResult", "MET")
                .containsEntry("offendingResult", "NOT_APPLICABLE").containsEntry("crimeAsbEducationResult", true)
                .containsEntry("progressToWorkResult", true).containsEntry("turnedAround", true)
                .containsEntry("claimAmountPence", 80_000L);
        assertThat(taskOf(pi, "Task_AuditClaim")).hasCandidateGroup("audit");

        complete(pi, "Task_AuditClaim", Variables.createVariables().putValue("auditDecision", "APPROVED"));
        assertThat(pi).hasPassed("Task_RecordClaim", "EndEvent_TurnedAround").isEnded();
        assertThat(beans.claims.all()).singleElement().satisfies(claim -> {
            assertThat(claim.reference()).isEqualTo("MK-000123-PBR1");
            assertThat(claim.lines()).hasSize(2);
        });
        assertThat(beans.caseload.liveFamiliesOf("kw-cfp-1")).isZero();
        assertThat(beans.caseload.isLive("MK-000123")).isFalse();
    }
}
