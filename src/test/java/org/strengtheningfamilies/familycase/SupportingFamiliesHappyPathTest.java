package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.events.FamilyAssessed;
import org.strengtheningfamilies.events.NeedsIdentified;
import org.strengtheningfamilies.events.OutcomesRecorded;
import org.strengtheningfamilies.events.OutcomesSustained;
import org.strengtheningfamilies.events.SuccessfulFamilyOutcome;
import org.strengtheningfamilies.events.SustainPeriodStarted;
import org.strengtheningfamilies.payment.ClaimLine;
import org.strengtheningfamilies.payment.ResultType;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.testing.LaterPhaseProcessTest;

/**
 * One Supporting Families 2022-25 family through every stage (DESIGN.md section 10): referred with its needs,
 * eligible by the phase's table, assessed as a whole family, supported, every need achieved, the outcomes
 * sustained for six months after support, a successful family outcome and its one £800 claim.
 */
class SupportingFamiliesHappyPathTest extends LaterPhaseProcessTest {

    static final List<String> NEEDS = List.of("EDUCATION", "HOUSING", "FINANCIAL_STABILITY", "FAMILY_RELATIONSHIPS");

    @Test
    void familyIsReferredAssessedSupportedSustainedAndClaimed() {
        today("2023-09-30");
        ProcessInstance pi = refer(ProgrammePhase.SF_2022, needsReferral("MK-220001", "EDUCATION", "HOUSING",
                "FINANCIAL_STABILITY"));
        assertThat(pi).hasPassed(TASK_ASSESS_CRITERIA, TASK_DECIDE_ROUTE).isWaitingAt(TASK_PANEL_VALIDATION)
                .variables().containsEntry("programmePhase", "SF_2022").containsEntry("needCount", 3)
                .containsEntry("dependentChild", true).containsEntry("expectingChild", false)
                .containsEntry("identificationRoute", "ELIGIBLE").doesNotContainKey("criterionWork");
        assertThat(engine.getFormService().getTaskFormData(taskOf(pi, TASK_PANEL_VALIDATION).getId())
                .getCamundaFormRef().getKey()).isEqualTo("panel-validation-needs");

        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        assertThat(records.readModel("MK-220001").route).isEqualTo("ELIGIBLE");
        assertThat(eventsOf(NeedsIdentified.class)).singleElement()
                .satisfies(e -> assertThat(e.needs()).containsExactly("EDUCATION", "HOUSING", "FINANCIAL_STABILITY"));
        complete(pi, TASK_SEEK_CONSENT, consent(true));
        assertThat(pi).isWaitingAt(TASK_ASSESS_FAMILY);
        assertThat(taskOf(pi, TASK_ASSESS_FAMILY)).isAssignedTo("kw-cfp-1");
        assertThat(candidateGroups(pi, TASK_ASSESS_FAMILY)).containsExactly("coordinator");

        complete(pi, TASK_ASSESS_FAMILY, assessment("2023-02-20", NEEDS.toArray(String[]::new)));
        assertThat(eventsOf(FamilyAssessed.class)).singleElement().satisfies(e -> {
            assertThat(e.needs()).isEqualTo(NEEDS);
            assertThat(e.on()).hasToString("2023-02-20");
        });
        assertThat(eventsOf(NeedsIdentified.class)).last().satisfies(e -> assertThat(e.needs()).isEqualTo(NEEDS));
        complete(pi, TASK_HOLD_TAF_MEETING, tafMeeting("2023-03-01"));
        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2023-03-01"));
        assertThat(pi).isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE).variables()
                .containsEntry("programmeYear", 1).containsEntry("supportEndDate", "2023-09-01");

        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        assertThat(pi).isWaitingAt(TASK_VERIFY_OUTCOMES);
        assertThat(engine.getFormService().getTaskFormData(taskOf(pi, TASK_VERIFY_OUTCOMES).getId())
                .getCamundaFormRef().getKey()).isEqualTo("verify-need-outcomes");
        assertThat(variable(pi, "needOutcomes").toString()).as("one row per identified need, titled")
                .contains("\"need\":\"EDUCATION\"", "\"title\":\"Getting a good education\"", "\"need\":\"FAMILY_RELATIONSHIPS\"");

        complete(pi, TASK_VERIFY_OUTCOMES, needOutcomes(NEEDS));
        assertThat(pi).hasPassed(TASK_ASSESS_OUTCOMES, TASK_BEGIN_SUSTAIN_PERIOD)
                .isWaitingAt(INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED).variables()
                .containsEntry("needsAchieved", 4).containsEntry("needsNotAchieved", 0)
                .containsEntry("sustainCheckDate", "2024-03-01");
        assertThat(timerAt(pi, INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED).getDuedate()).isEqualTo(startOfDay("2024-03-01"));
        assertThat(liveFamiliesOf("kw-cfp-1")).as("the key worker's place is free during the sustain period").isZero();
        assertThat(eventsOf(OutcomesRecorded.class)).singleElement().satisfies(e -> assertThat(e.needsAchieved()).isEqualTo(4));
        assertThat(eventsOf(SustainPeriodStarted.class)).singleElement()
                .satisfies(e -> assertThat(e.releasedKeyWorker()).isEqualTo("kw-cfp-1"));

        today("2024-03-02");
        fire(pi, INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED);
        assertThat(pi).isWaitingAt(TASK_CONFIRM_OUTCOMES_SUSTAINED);
        assertThat(taskOf(pi, TASK_CONFIRM_OUTCOMES_SUSTAINED)).isAssignedTo("kw-cfp-1");
        assertThat(candidateGroups(pi, TASK_CONFIRM_OUTCOMES_SUSTAINED)).containsExactly("coordinator");

        complete(pi, TASK_CONFIRM_OUTCOMES_SUSTAINED, sustained(true));
        assertThat(pi).hasPassed(TASK_DECIDE_SUCCESS, TASK_RECORD_OUTCOME, TASK_CALCULATE_CLAIM)
                .isWaitingAt(TASK_AUDIT_CLAIM).variables()
                .containsEntry("successfulFamilyOutcome", true).containsEntry("turnedAround", true)
                .containsEntry("claimAmountPence", 80_000L).containsEntry("programmeYear", 1);
        assertThat(variable(pi, "claimResultTypes")).hasToString("[\"SUCCESSFUL_FAMILY_OUTCOME\"]");
        assertThat(engine.getFormService().getTaskFormData(taskOf(pi, TASK_AUDIT_CLAIM).getId())
                .getCamundaFormRef().getKey()).isEqualTo("audit-claim-needs");
        assertThat(eventsOf(OutcomesSustained.class)).singleElement().satisfies(e -> assertThat(e.sustained()).isTrue());
        assertThat(eventsOf(SuccessfulFamilyOutcome.class)).hasSize(1);

        complete(pi, TASK_AUDIT_CLAIM, approved());
        assertThat(pi).hasPassed(TASK_RECORD_CLAIM, END_EVENT_TURNED_AROUND).isEnded();
        assertThat(records.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.reference()).isEqualTo("MK-220001-PBR1");
            assertThat(claim.programmeYear()).isEqualTo(1);
            assertThat(claim.lines()).containsExactly(new ClaimLine(ResultType.SUCCESSFUL_FAMILY_OUTCOME, 80_000));
        });
        assertThat(claims.claimedInPhase("MK-220001", ProgrammePhase.SF_2022)).isTrue();
        assertThat(records.readModel("MK-220001").turnedAroundOn).hasToString("2024-03-02");
        assertThat(caseload.isLive("MK-220001")).isFalse();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn("kw-cfp-1")
                .resourceId(pi.getId()).count()).as("the key worker's sight of the case ends with it").isZero();
    }
}
