package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.spin.plugin.variable.SpinValues.jsonValue;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.payment.AuditDecision;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * Bad case data is refused with a {@link CaseDataException} whose message names the field, and the
 * engine command is rolled back: no case starts, or the task stays open with its variables as they were.
 */
class BadInputTest extends FamilyCaseProcessTest {

    // ---- helpers -------------------------------------------------------------------------

    /** The CaseDataException behind a failure (task listeners' exceptions reach callers wrapped by the engine). */
    private static CaseDataException caseDataException(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CaseDataException e) {
                return e;
            }
        }
        throw new AssertionError("expected a CaseDataException but got " + thrown, thrown);
    }

    /** Starting the referral is refused, and no case of any family exists afterwards. */
    private CaseDataException refusedReferral(VariableMap referral) {
        long casesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        Throwable thrown = catchThrowable(() -> startCase(referral));
        assertThat(thrown).as("the referral should have been refused").isNotNull();
        CaseDataException refused = caseDataException(thrown);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(casesBefore);
        return refused;
    }

    private Map<String, String> variablesOf(ProcessInstance pi) {
        Map<String, String> snapshot = new TreeMap<>();
        engine.getRuntimeService().getVariables(pi.getId()).forEach((name, value) -> snapshot.put(name, String.valueOf(value)));
        return snapshot;
    }

    /** Completing the task is refused: the same task is still open and no variable has changed. */
    private CaseDataException refusedCompletion(ProcessInstance pi, String taskId, Map<String, Object> variables) {
        Task open = taskOf(pi, taskId);
        assertThat(open).as("open task " + taskId).isNotNull();
        Map<String, String> before = variablesOf(pi);
        Throwable thrown = catchThrowable(() -> complete(pi, taskId, variables));
        assertThat(thrown).as("completing " + taskId + " should have been refused").isNotNull();
        CaseDataException refused = caseDataException(thrown);
        assertThat(taskOf(pi, taskId)).as("still open: " + taskId).isNotNull();
        assertThat(taskOf(pi, taskId).getId()).isEqualTo(open.getId());
        assertThat(variablesOf(pi)).isEqualTo(before);
        return refused;
    }

    private ProcessInstance atPanel(String familyRef) {
        ProcessInstance pi = startCase(referral(familyRef));
        assertThat(pi).isWaitingAt(TASK_PANEL_VALIDATION);
        return pi;
    }

    private ProcessInstance atVerification(String familyRef) {
        ProcessInstance pi = startAt(TASK_VERIFY_OUTCOMES,
                attachedFamily(familyRef, "CFP", 3, "kw-cfp-1", "2012-10-03").putValue("programmeYear", 1));
        caseload.tryTakePlace("kw-cfp-1", familyRef, LeadService.CFP, 5);
        return pi;
    }

    private ProcessInstance atPlan(String familyRef, String tafDate) {
        ProcessInstance pi = startAt(TASK_AGREE_FAMILY_PLAN, attachedFamily(familyRef, "CFP", 3, "kw-cfp-1", "2013-09-02")
                .putValue("tafDate", tafDate).putValue("planSignedByAll", null).putValue("attachmentDate", null)
                .putValue("supportEndDate", null).putValue("supportPeriods", null));
        caseload.tryTakePlace("kw-cfp-1", familyRef, LeadService.CFP, 5);
        return pi;
    }

    private ProcessInstance inSupport(String familyRef) {
        ProcessInstance pi = startAt(SUB_PROCESS_INTENSIVE_SUPPORT,
                attachedFamily(familyRef, "CFP", 3, "kw-cfp-1", "2012-10-03").putValue("programmeYear", 1));
        caseload.tryTakePlace("kw-cfp-1", familyRef, LeadService.CFP, 5);
        return pi;
    }

    private static VariableMap panel(String decision, String reason) {
        return Variables.createVariables().putValue("panelDecision", decision).putValue("panelReason", reason);
    }

    // ---- the referral --------------------------------------------------------------------

    @Test
    void referralWithoutFamilyRefIsRefused() {
        VariableMap referral = referral("MK-000801");
        referral.remove("familyRef");

        CaseDataException refused = refusedReferral(referral);

        assertThat(refused.problems()).containsExactly(new Problem("familyRef",
                "“Family reference” is required."));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void familyRefNotMatchingTheCouncilsPatternIsRefused() {
        CaseDataException refused = refusedReferral(referral("mk/123"));

        assertThat(refused.problems()).containsExactly(new Problem("familyRef",
                "“Family reference” is not written as the council writes its family references (it was mk/123): give the reference from the council's case system."));
        assertThat(casesOf("mk/123")).isZero();
        assertThat(caseload.isLive("mk/123")).isFalse();
    }

    @Test
    void secondReferralOfAFamilyWithALiveCaseIsRefusedAndTheFirstCaseIsUnaffected() {
        ProcessInstance first = atPanel("MK-000802");

        CaseDataException refused = refusedReferral(referral("MK-000802").putValue("referringAgency", "POLICE"));

        assertThat(refused.problems()).containsExactly(new Problem("familyRef",
                "The family MK-000802 already has a live case, so a second referral cannot start another. Ask the programme coordinator about the family's case."));
        assertThat(casesOf("MK-000802")).isEqualTo(1);
        assertThat(first).isWaitingAt(TASK_PANEL_VALIDATION).variables().containsEntry("referringAgency", "SCHOOL");
        assertThat(caseload.isLive("MK-000802")).isTrue();

        complete(first, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        assertThat(first).isWaitingAt(TASK_SEEK_CONSENT);
    }

    @Test
    void familyWhoseCaseHasEndedCanBeReferredAgain() {
        ProcessInstance first = startCase(referral("MK-000803").putValue("criterionWork", false));
        assertThat(first).hasPassed(END_EVENT_SIGNPOSTED).isEnded();

        ProcessInstance second = startCase(referral("MK-000803"));

        assertThat(second).isWaitingAt(TASK_PANEL_VALIDATION);
        assertThat(casesOf("MK-000803")).isEqualTo(2);
    }

    @Test
    void unknownReferringAgencyIsRefused() {
        CaseDataException refused = refusedReferral(referral("MK-000804").putValue("referringAgency", "MARS"));

        assertThat(refused.problems()).containsExactly(new Problem("referringAgency",
                "“Referring agency” must be one of SCHOOL, POLICE, YOT, HOUSING, HEALTH, JOBCENTRE_PLUS, SOCIAL_CARE, CFP, VOLUNTARY, OTHER, DATA_MATCH (it was MARS)."));
        assertThat(caseload.isLive("MK-000804")).isFalse();
    }

    @Test
    void householdMemberWithAnUnknownGenderIsRefused() {
        CaseDataException refused = refusedReferral(referral("MK-000805").putValue("householdMembers", jsonValue("""
                [{"name":"Jo Smith","dateOfBirth":"1980-05-01","gender":"FEMALE","role":"ADULT"},
                 {"name":"Lee Smith","dateOfBirth":"1998-02-11","gender":"X","role":"CHILD"}]""").create()));

        assertThat(refused).hasMessage("Household members, item 2: gender must be one of MALE, FEMALE (it was X).");
        assertThat(refused.problems()).extracting(Problem::field).containsExactly("householdMembers[2].gender");
        assertThat(caseload.isLive("MK-000805")).isFalse();
    }

    @Test
    void householdMemberWithAnUnknownGenderIsReportedAgainstThatMembersGenderField() {
        CaseDataException refused = refusedReferral(referral("MK-000806").putValue("householdMembers", jsonValue("""
                [{"name":"Jo Smith","dateOfBirth":"1980-05-01","gender":"FEMALE","role":"ADULT"},
                 {"name":"Lee Smith","dateOfBirth":"1998-02-11","gender":"X","role":"CHILD"}]""").create()));

        assertThat(refused.problems()).containsExactly(new Problem("householdMembers[2].gender",
                "Household members, item 2: gender must be one of MALE, FEMALE (it was X)."));
    }

    // ---- the panel -----------------------------------------------------------------------

    @Test
    void needLevelOutsideTheWindscreenIsRefused() {
        ProcessInstance pi = atPanel("MK-000810");

        CaseDataException refused = refusedCompletion(pi, TASK_PANEL_VALIDATION, accept(5, "CFP"));

        assertThat(refused.problems()).containsExactly(new Problem("needLevel",
                "The level of need must be 2, 3 or 4 (it was 5)."));
        assertThat(variable(pi, "panelDecision")).isNull();
        assertThat(variable(pi, "needLevel")).isNull();
    }

    @Test
    void childrensSocialCareAtLevelTwoIsRefused() {
        ProcessInstance pi = atPanel("MK-000811");

        CaseDataException refused = refusedCompletion(pi, TASK_PANEL_VALIDATION, accept(2, "CSC"));

        assertThat(refused.problems()).containsExactly(new Problem("leadService",
                "Children's Social Care takes families at level 4 only; this family is at level 2."));
        assertThat(liveFamiliesOf("kw-csc-1")).isZero();
    }

    @Test
    void neighbourhoodEmploymentProgrammeAtLevelThreeIsRefused() {
        ProcessInstance pi = atPanel("MK-000812");

        CaseDataException refused = refusedCompletion(pi, TASK_PANEL_VALIDATION, accept(3, "NEP"));

        assertThat(refused.problems()).containsExactly(new Problem("leadService",
                "Neighbourhood Employment Programme takes families at level 2 only; this family is at level 3."));
        assertThat(liveFamiliesOf("kw-nep-1")).isZero();
    }

    @Test
    void rejectionWithoutAReasonIsRefused() {
        ProcessInstance pi = atPanel("MK-000813");

        CaseDataException refused = refusedCompletion(pi, TASK_PANEL_VALIDATION, panel("REJECT", null));

        assertThat(refused.problems()).containsExactly(new Problem("panelReason",
                "Give the reason for rejecting the referral: the referrer will read it."));
        assertThat(caseload.isLive("MK-000813")).isTrue();
    }

    @Test
    void askingForMoreInformationWithoutAReasonIsRefused() {
        ProcessInstance pi = atPanel("MK-000814");

        CaseDataException refused = refusedCompletion(pi, TASK_PANEL_VALIDATION, panel("MORE_INFO", "  "));

        assertThat(refused.problems()).containsExactly(new Problem("panelReason",
                "Say what more information the referrer must give."));
        assertThat(pi).hasNotPassed(TASK_PROVIDE_MORE_INFORMATION);
    }

    @Test
    void rejectionAfterAMoreInformationRoundStillNeedsItsOwnReason() {
        ProcessInstance pi = atPanel("MK-000815");
        complete(pi, TASK_PANEL_VALIDATION, panel("MORE_INFO", "Please send the police call-out log"));
        complete(pi, TASK_PROVIDE_MORE_INFORMATION, Variables.createVariables().putValue("localPoliceCallouts", true));

        CaseDataException refused = refusedCompletion(pi, TASK_PANEL_VALIDATION,
                Variables.createVariables().putValue("panelDecision", "REJECT"));

        assertThat(refused.problems()).containsExactly(new Problem("panelReason",
                "Give the reason for rejecting the referral: the referrer will read it."));
    }

    @Test
    void aRefusedPanelDecisionLeavesTheTaskOpenAndTheCorrectedOneSucceeds() {
        ProcessInstance pi = atPanel("MK-000816");
        refusedCompletion(pi, TASK_PANEL_VALIDATION, accept(2, "CSC"));

        complete(pi, TASK_PANEL_VALIDATION, accept(4, "CSC"));

        assertThat(pi).isWaitingAt(TASK_SEEK_CONSENT).variables().containsEntry("needLevel", 4)
                .containsEntry("leadService", "CSC").containsEntry("keyWorker", "kw-csc-1");
        assertThat(liveFamiliesOf("kw-csc-1")).isEqualTo(1);
    }

    @Test
    void familyRefCannotBeChangedOnceTheCaseHasStarted() {
        ProcessInstance pi = atPanel("MK-000817");

        CaseDataException refused = refusedCompletion(pi, TASK_PANEL_VALIDATION,
                accept(3, "NFA").putValue("familyRef", "MK-999999"));

        assertThat(refused.problems()).containsExactly(new Problem("familyRef",
                "“Family reference” cannot be changed once the case has started: it is MK-000817."));
        assertThat(variable(pi, "familyRef")).isEqualTo("MK-000817");
        assertThat(caseload.isLive("MK-000817")).isTrue();
    }

    // ---- the plan ------------------------------------------------------------------------

    @Test
    void planSignedWithoutAnAttachmentDateIsRefused() {
        ProcessInstance pi = atPlan("MK-000820", "2013-09-02");
        VariableMap signed = plan(true, null);
        signed.remove("attachmentDate");

        CaseDataException refused = refusedCompletion(pi, TASK_AGREE_FAMILY_PLAN, signed);

        assertThat(refused.problems()).containsExactly(new Problem("attachmentDate",
                "“Date the plan was signed” is required."));
        assertThat(pi).hasNotPassed(TASK_RECORD_ATTACHMENT);
    }

    @Test
    void attachmentDateInTheFutureIsRefused() {
        ProcessInstance pi = atPlan("MK-000821", "2013-09-02");

        CaseDataException refused = refusedCompletion(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2013-10-01"));

        assertThat(refused.problems()).containsExactly(new Problem("attachmentDate",
                "The plan cannot be signed on a day still to come (01/10/2013): give the date it was signed."));
        assertThat(variable(pi, "programmeYear")).isNull();
    }

    @Test
    void aPlanSignedBeforeTheTeamAroundTheFamilyMeetingIsRefusedInPlainWords() {
        ProcessInstance pi = atPlan("MK-000823", "2012-06-10");

        CaseDataException refused = refusedCompletion(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2012-06-01"));

        assertThat(refused.problems()).containsExactly(new Problem("attachmentDate",
                "The plan cannot be signed before the Team Around the Family meeting (10/06/2012)."));
        assertThat(pi).hasNotPassed(TASK_RECORD_ATTACHMENT);
    }

    @Test
    void attachmentDateOutsideTheProgrammeIsRefused() {
        ProcessInstance pi = atPlan("MK-000822", "2010-12-01");

        CaseDataException refused = refusedCompletion(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2011-01-01"));

        assertThat(refused.problems()).containsExactly(new Problem("attachmentDate",
                "The plan must be signed while the programme runs (01/04/2012 to 31/03/2015); 01/01/2011 is outside it."));
        assertThat(pi).hasNotPassed(TASK_RECORD_ATTACHMENT);
    }

    // ---- intensive support ---------------------------------------------------------------

    @Test
    void supportActionWithoutAReasonIsRefusedAndWithOneTheStepUpGoesAhead() {
        ProcessInstance pi = inSupport("MK-000830");

        CaseDataException refused = refusedCompletion(pi, TASK_SUPPORT_FAMILY,
                Variables.createVariables().putValue("supportAction", "STEP_UP"));

        assertThat(refused.problems()).containsExactly(new Problem("supportActionReason",
                "“Reason” is required."));
        assertThat(pi).hasNotPassed(TASK_STEP_UP_TO_SOCIAL_CARE).variables().containsEntry("leadService", "CFP");
        assertThat(caseload.placeHolder("MK-000830")).contains("kw-cfp-1");

        complete(pi, TASK_SUPPORT_FAMILY, Variables.createVariables().putValue("supportAction", "STEP_UP")
                .putValue("supportActionReason", "Child protection concerns"));

        assertThat(pi).hasPassed(TASK_STEP_UP_TO_SOCIAL_CARE).isWaitingAt(TASK_SUPPORT_FAMILY)
                .variables().containsEntry("leadService", "CSC");
    }

    @Test
    void aSecondDisengagementReviewNeedsItsOwnDecision() {
        ProcessInstance pi = inSupport("MK-000831");
        VariableMap disengaged = Variables.createVariables().putValue("supportAction", "DISENGAGED")
                .putValue("supportActionReason", "Missed three visits");
        complete(pi, TASK_SUPPORT_FAMILY, disengaged);
        complete(pi, TASK_REVIEW_DISENGAGEMENT, Variables.createVariables()
                .putValue("disengagementDecision", "CONTINUE_SUPPORT"));
        complete(pi, TASK_SUPPORT_FAMILY, disengaged);

        CaseDataException refused = refusedCompletion(pi, TASK_REVIEW_DISENGAGEMENT,
                Variables.createVariables().putValue("disengagementNotes", "Spoke to the key worker"));

        assertThat(refused.problems()).containsExactly(new Problem("disengagementDecision",
                "“Decision” is required."));
    }

    // ---- evidence and audit --------------------------------------------------------------

    @Test
    void negativeIncidentCountIsRefused() {
        ProcessInstance pi = atVerification("MK-000840");

        CaseDataException refused = refusedCompletion(pi, TASK_VERIFY_OUTCOMES,
                evidence().putValue("afterAsbIncidents", -1));

        assertThat(refused.problems()).containsExactly(new Problem("afterAsbIncidents",
                "“ASB incidents, 6 months after” must be 0 or more (it was -1)."));
        assertThat(pi).hasNotPassed(TASK_ASSESS_OUTCOMES);
    }

    @Test
    void moreUnauthorisedAbsenceThanPossibleSessionsIsRefused() {
        ProcessInstance pi = atVerification("MK-000841");

        CaseDataException refused = refusedCompletion(pi, TASK_VERIFY_OUTCOMES, evidence()
                .putValue("childrenEducation", jsonValue("""
                        [{"name":"Lee Smith","unauthorisedAbsenceSessions":400,"possibleSessions":380,
                          "fixedExclusions":0,"permanentlyExcluded":false}]""").create()));

        assertThat(refused.problems()).containsExactly(new Problem("childrenEducation[1].unauthorisedAbsenceSessions",
                "School-age children, item 1 (Lee Smith): “Unauthorised absence (sessions)” (400) cannot be more than “Possible sessions” (380)."));
        assertThat(records.claims()).isEmpty();
    }

    @Test
    void auditRejectionWithoutAReasonIsRefusedAndTheClaimStaysAwaitingAudit() {
        ProcessInstance pi = atVerification("MK-000842");
        complete(pi, TASK_VERIFY_OUTCOMES, evidence());
        assertThat(pi).isWaitingAt(TASK_AUDIT_CLAIM);

        CaseDataException refused = refusedCompletion(pi, TASK_AUDIT_CLAIM,
                Variables.createVariables().putValue("auditDecision", "REJECTED"));

        assertThat(refused.problems()).containsExactly(new Problem("auditReason",
                "Give the reason for rejecting the claim: the coordinator and the key worker will read it."));
        assertThat(records.claims()).singleElement().satisfies(claim -> assertThat(claim.decision()).isNull());

        complete(pi, TASK_AUDIT_CLAIM, Variables.createVariables().putValue("auditDecision", "REJECTED")
                .putValue("auditReason", "No school attendance certificate"));

        assertThat(pi).isWaitingAt(TASK_REVIEW_REJECTED_CLAIM);
        assertThat(records.claims()).singleElement()
                .satisfies(claim -> assertThat(claim.decision()).isEqualTo(AuditDecision.REJECTED));
    }
}
