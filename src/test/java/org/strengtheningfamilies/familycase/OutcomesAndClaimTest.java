package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.payment.AuditDecision;
import org.strengtheningfamilies.payment.ClaimLine;
import org.strengtheningfamilies.payment.ResultType;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;
import org.strengtheningfamilies.testing.ProgrammeRecords.Claim;

/**
 * Outcome verification, the PbR claim and its audit, and what happens to a family that was not
 * turned around (DESIGN.md section 2, steps 9-11, sections 4 and 5). The report's payment model:
 * the results share is 20% of £4,000 = 80,000 pence in every year.
 */
class OutcomesAndClaimTest extends FamilyCaseProcessTest {

    /** A CFP family attached on 2012-10-03 (programme year 1) whose support period has ended. */
    private ProcessInstance atVerification(String familyRef) {
        ProcessInstance pi = startAt(TASK_VERIFY_OUTCOMES,
                attachedFamily(familyRef, "CFP", 3, "kw-cfp-1", "2012-10-03").putValue("programmeYear", 1));
        assertThat(caseload.tryTakePlace("kw-cfp-1", familyRef, LeadService.CFP, 5)).isTrue();
        assertThat(pi).isWaitingAt(TASK_VERIFY_OUTCOMES);
        return pi;
    }

    /** ASB 5 → 5 (not met), the child attends (met): no crime/ASB/education result, no work result. */
    private static VariableMap noResult() {
        return evidence().putValue("afterAsbIncidents", 5);
    }

    private static VariableMap progressToWorkOnly() {
        return noResult().putValue("progressToWork", true);
    }

    private static VariableMap audit(String decision, String reason) {
        return Variables.createVariables().putValue("auditDecision", decision).putValue("auditReason", reason);
    }

    private static Map<String, Object> decision(String variable, String value) {
        return Variables.createVariables().putValue(variable, value);
    }

    @Test
    void noResultMetMeansNothingToClaimAndTheCoordinatorMayClose() {
        ProcessInstance pi = atVerification("MK-000601");

        complete(pi, TASK_VERIFY_OUTCOMES, noResult());

        assertThat(pi).hasPassed(TASK_ASSESS_OUTCOMES, TASK_CALCULATE_CLAIM).hasNotPassed(TASK_AUDIT_CLAIM)
                .isWaitingAt(TASK_DECIDE_FURTHER_SUPPORT).variables()
                .containsEntry("asbResult", "NOT_MET").containsEntry("educationResult", "MET")
                .containsEntry("crimeAsbEducationResult", false).containsEntry("progressToWorkResult", false)
                .containsEntry("continuousEmploymentResult", false).containsEntry("turnedAround", false)
                .containsEntry("claimAmountPence", 0L).containsEntry("programmeYear", 1);
        assertThat(taskOf(pi, TASK_DECIDE_FURTHER_SUPPORT)).hasCandidateGroup("coordinator").isNotAssigned();
        assertThat(records.claims()).isEmpty();

        complete(pi, TASK_DECIDE_FURTHER_SUPPORT, decision("furtherSupportDecision", "CLOSE"));

        assertThat(pi).hasPassed(END_EVENT_CLOSED_WITHOUT_RESULT).hasNotPassed(END_EVENT_TURNED_AROUND).isEnded();
        assertThat(historicVariable(pi, "caseOutcome")).isEqualTo("CLOSED_WITHOUT_RESULT");
        assertThat(liveFamiliesOf("kw-cfp-1")).isZero();
        assertThat(caseload.isLive("MK-000601")).isFalse();
    }

    @Test
    void furtherSupportStartsASecondSixMonthsFromTodayWithTheSameKeyWorker() {
        ProcessInstance pi = atVerification("MK-000602");
        complete(pi, TASK_VERIFY_OUTCOMES, noResult());

        complete(pi, TASK_DECIDE_FURTHER_SUPPORT, Variables.createVariables()
                .putValue("furtherSupportDecision", "FURTHER_SUPPORT")
                .putValue("furtherSupportNotes", "ASB is falling; another six months"));

        assertThat(pi).hasPassed(TASK_START_FURTHER_SUPPORT, TASK_ALLOCATE_KEY_WORKER)
                .hasNotPassed(TASK_SEEK_CONSENT, TASK_RECORD_ATTACHMENT, END_EVENT_CLOSED_WITHOUT_RESULT)
                .isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE).variables()
                .containsEntry("supportEndDate", "2014-03-30").containsEntry("supportPeriods", 2)
                .containsEntry("attachmentDate", "2012-10-03").containsEntry("keyWorker", "kw-cfp-1");
        assertThat(taskOf(pi, TASK_SUPPORT_FAMILY)).isAssignedTo("kw-cfp-1");
        assertThat(timerAt(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED).getDuedate()).isEqualTo(startOfDay("2014-03-30"));
        assertThat(liveFamiliesOf("kw-cfp-1")).isEqualTo(1);
        assertThat(caseload.isLive("MK-000602")).isTrue();
    }

    @Test
    void auditRejectionGoesToTheCoordinatorWhoCanHaveTheEvidenceRevisedAndClaimedAfresh() {
        ProcessInstance pi = atVerification("MK-000603");
        complete(pi, TASK_VERIFY_OUTCOMES, evidence());
        assertThat(pi).isWaitingAt(TASK_AUDIT_CLAIM).variables().containsEntry("claimAmountPence", 70_000L);
        String firstClaim = (String) variable(pi, "claimId");

        engine.getIdentityService().setAuthenticatedUserId("auditor-1");
        try {
            complete(pi, TASK_AUDIT_CLAIM, audit("REJECTED", "School attendance figures are not signed by the school"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(pi).hasPassed(TASK_AUDIT_CLAIM).hasNotPassed(TASK_RECORD_CLAIM)
                .isWaitingAt(TASK_REVIEW_REJECTED_CLAIM);
        assertThat(taskOf(pi, TASK_REVIEW_REJECTED_CLAIM)).hasCandidateGroup("coordinator");
        assertThat(variable(pi, "claimReference")).isNull();
        assertThat(records.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.claimId()).isEqualTo(firstClaim);
            assertThat(claim.decision()).isEqualTo(AuditDecision.REJECTED);
            assertThat(claim.reason()).isEqualTo("School attendance figures are not signed by the school");
            assertThat(claim.auditor()).isEqualTo("auditor-1");
            assertThat(claim.reference()).isNull();
        });

        complete(pi, TASK_REVIEW_REJECTED_CLAIM, decision("rejectedClaimDecision", "REVISE_EVIDENCE"));

        assertThat(pi).isWaitingAt(TASK_VERIFY_OUTCOMES);
        assertThat(taskOf(pi, TASK_VERIFY_OUTCOMES)).isAssignedTo("kw-cfp-1");
        assertThat(timesEntered(pi, TASK_VERIFY_OUTCOMES)).isEqualTo(2);

        complete(pi, TASK_VERIFY_OUTCOMES, evidence().putValue("evidenceNotes", "Attendance signed by the head"));

        assertThat(pi).isWaitingAt(TASK_AUDIT_CLAIM).variables().containsEntry("claimAmountPence", 70_000L);
        assertThat(variable(pi, "claimId")).isNotEqualTo(firstClaim);
        assertThat(variable(pi, "auditDecision")).isNull();
        assertThat(variable(pi, "auditReason")).isNull();
        assertThat(records.claims()).hasSize(2);

        complete(pi, TASK_AUDIT_CLAIM, audit("APPROVED", null));

        assertThat(pi).hasPassed(TASK_RECORD_CLAIM, END_EVENT_TURNED_AROUND).isEnded();
        assertThat(historicVariable(pi, "claimReference")).isEqualTo("MK-000603-PBR1");
        assertThat(records.claims()).filteredOn(claim -> claim.reference() != null).singleElement()
                .satisfies(claim -> assertThat(claim.decision()).isEqualTo(AuditDecision.APPROVED));
        assertThat(claims.claimedPence("MK-000603")).containsExactly(Map.entry(ResultType.CRIME_ASB_EDUCATION, 70_000L));
    }

    @Test
    void coordinatorAcceptingTheAuditRejectionRecordsNoClaim() {
        ProcessInstance pi = atVerification("MK-000604");
        complete(pi, TASK_VERIFY_OUTCOMES, progressToWorkOnly());
        assertThat(pi).isWaitingAt(TASK_AUDIT_CLAIM).variables().containsEntry("claimAmountPence", 10_000L);
        complete(pi, TASK_AUDIT_CLAIM, audit("REJECTED", "No evidence of the Work Programme referral"));

        complete(pi, TASK_REVIEW_REJECTED_CLAIM, decision("rejectedClaimDecision", "ACCEPT_REJECTION"));

        assertThat(pi).hasNotPassed(TASK_RECORD_CLAIM).isWaitingAt(TASK_DECIDE_FURTHER_SUPPORT);
        assertThat(variable(pi, "claimReference")).isNull();
        assertThat(records.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.decision()).isEqualTo(AuditDecision.REJECTED);
            assertThat(claim.reference()).isNull();
        });
        assertThat(claims.claimedPence("MK-000604")).isEmpty();
    }

    @Test
    void continuousEmploymentAfterProgressToWorkTopsUpToTheResultsShare() {
        ProcessInstance pi = atVerification("MK-000605");

        // first period: progress to work only, 1/8 of the year-1 share
        complete(pi, TASK_VERIFY_OUTCOMES, progressToWorkOnly());
        assertThat(pi).isWaitingAt(TASK_AUDIT_CLAIM).variables().containsEntry("claimAmountPence", 10_000L)
                .containsEntry("progressToWorkResult", true).containsEntry("turnedAround", false);
        complete(pi, TASK_AUDIT_CLAIM, audit("APPROVED", null));
        assertThat(pi).hasPassed(TASK_RECORD_CLAIM).isWaitingAt(TASK_DECIDE_FURTHER_SUPPORT)
                .variables().containsEntry("claimReference", "MK-000605-PBR1");
        complete(pi, TASK_DECIDE_FURTHER_SUPPORT, decision("furtherSupportDecision", "FURTHER_SUPPORT"));
        assertThat(pi).isWaitingAt(TASK_SUPPORT_FAMILY).variables().containsEntry("supportPeriods", 2);

        // second period: 13 weeks of continuous employment, worth the whole share less what was paid
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        complete(pi, TASK_VERIFY_OUTCOMES, progressToWorkOnly().putValue("continuousEmploymentWeeks", 13));

        assertThat(pi).isWaitingAt(TASK_AUDIT_CLAIM).variables().containsEntry("claimAmountPence", 70_000L)
                .containsEntry("continuousEmploymentResult", true).containsEntry("turnedAround", true)
                .containsEntry("programmeYear", 1);
        complete(pi, TASK_AUDIT_CLAIM, audit("APPROVED", null));

        assertThat(pi).hasPassed(END_EVENT_TURNED_AROUND).isEnded();
        assertThat(historicVariable(pi, "caseOutcome")).isEqualTo("TURNED_AROUND");
        assertThat(historicVariable(pi, "claimReference")).isEqualTo("MK-000605-PBR2");
        assertThat(records.claims()).extracting(Claim::reference)
                .containsExactlyInAnyOrder("MK-000605-PBR1", "MK-000605-PBR2");
        assertThat(records.claims()).flatExtracting(Claim::lines).containsExactlyInAnyOrder(
                new ClaimLine(ResultType.PROGRESS_TO_WORK, 10_000L),
                new ClaimLine(ResultType.CONTINUOUS_EMPLOYMENT, 70_000L));
        assertThat(claims.claimedPence("MK-000605").values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(80_000L);
        assertThat(liveFamiliesOf("kw-cfp-1")).isZero();
    }

    @Test
    void retrospectiveAttachmentStartsAtOutcomeVerificationForTheLeadServicesTeam() {
        ProcessInstance pi = startCase(referral("MK-000606").putValue("retrospective", true)
                .putValue("attachmentDate", "2012-11-01").putValue("leadService", "FIP").putValue("needLevel", 3));

        assertThat(pi).hasPassed(GATEWAY_RETROSPECTIVE)
                .hasNotPassed(TASK_ASSESS_CRITERIA, TASK_PANEL_VALIDATION, TASK_ALLOCATE_KEY_WORKER)
                .isWaitingAt(TASK_VERIFY_OUTCOMES).variables().containsEntry("keyWorkerTeam", "team-fip")
                .containsEntry("supportPeriods", 1);
        assertThat(taskOf(pi, TASK_VERIFY_OUTCOMES)).isNotAssigned();
        assertThat(candidateGroups(pi, TASK_VERIFY_OUTCOMES)).containsExactly("coordinator");
        assertThat(caseload.isLive("MK-000606")).isTrue();
        assertThat(caseload.placeHolder("MK-000606")).isEmpty();

        complete(pi, TASK_VERIFY_OUTCOMES, evidence());

        assertThat(pi).isWaitingAt(TASK_AUDIT_CLAIM).variables().containsEntry("programmeYear", 1)
                .containsEntry("claimAmountPence", 70_000L);
    }
}
