package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/** Consent, the Team Around the Family meeting and the signed plan (DESIGN.md section 2, steps 5-7). */
class ConsentAndPlanTest extends FamilyCaseProcessTest {

    /** A family allocated to kw-cfp-1 (who holds its place) and not yet asked for consent. */
    private static VariableMap allocated(String familyRef) {
        return attachedFamily(familyRef, "CFP", 3, "kw-cfp-1", "2012-10-03")
                .putValue("consentGiven", null).putValue("tafDate", null).putValue("planSignedByAll", null)
                .putValue("attachmentDate", null).putValue("supportEndDate", null).putValue("supportPeriods", null);
    }

    private ProcessInstance startAtWithPlace(String activityId, VariableMap variables) {
        String familyRef = (String) variables.get("familyRef");
        ProcessInstance pi = startAt(activityId, variables);
        assertThat(caseload.tryTakePlace("kw-cfp-1", familyRef, LeadService.CFP, 5)).isTrue();
        return pi;
    }

    @Test
    void familyRefusingConsentEndsTheCaseAndFreesTheKeyWorkersPlace() {
        ProcessInstance pi = startAtWithPlace(TASK_SEEK_CONSENT, allocated("MK-000401"));
        assertThat(taskOf(pi, TASK_SEEK_CONSENT)).isAssignedTo("kw-cfp-1");
        assertThat(liveFamiliesOf("kw-cfp-1")).isEqualTo(1);

        complete(pi, TASK_SEEK_CONSENT, consent(false));

        assertThat(pi).hasPassed(END_EVENT_CONSENT_REFUSED).hasNotPassed(TASK_HOLD_TAF_MEETING).isEnded();
        assertThat(historicEndActivity(pi)).isEqualTo(END_EVENT_CONSENT_REFUSED);
        assertThat(historicVariable(pi, "caseOutcome")).isEqualTo("CONSENT_REFUSED");
        assertThat(historicVariable(pi, "consentNotes")).isEqualTo("Family declined");
        assertThat(liveFamiliesOf("kw-cfp-1")).isZero();
        assertThat(caseload.placeHolder("MK-000401")).isEmpty();
        assertThat(caseload.isLive("MK-000401")).isFalse();
    }

    @Test
    void consentGivenLeadsTheKeyWorkerToTheTeamAroundTheFamilyMeetingAndThePlan() {
        ProcessInstance pi = startAtWithPlace(TASK_SEEK_CONSENT, allocated("MK-000402"));

        complete(pi, TASK_SEEK_CONSENT, consent(true));

        assertThat(pi).hasNotPassed(END_EVENT_CONSENT_REFUSED).isWaitingAt(TASK_HOLD_TAF_MEETING);
        assertThat(taskOf(pi, TASK_HOLD_TAF_MEETING)).isAssignedTo("kw-cfp-1");
        assertThat(candidateGroups(pi, TASK_HOLD_TAF_MEETING)).containsExactly("coordinator");

        complete(pi, TASK_HOLD_TAF_MEETING, tafMeeting("2013-09-02"));

        assertThat(pi).isWaitingAt(TASK_AGREE_FAMILY_PLAN).variables().containsEntry("tafDate", "2013-09-02");
        assertThat(taskOf(pi, TASK_AGREE_FAMILY_PLAN)).isAssignedTo("kw-cfp-1");
        assertThat(liveFamiliesOf("kw-cfp-1")).isEqualTo(1);
    }

    @Test
    void planNotSignedByAllIsRevisedAndOnceSignedSupportStarts() {
        ProcessInstance pi = startAtWithPlace(TASK_AGREE_FAMILY_PLAN,
                allocated("MK-000403").putValue("consentGiven", true).putValue("tafDate", "2013-09-02"));
        String firstDraft = taskOf(pi, TASK_AGREE_FAMILY_PLAN).getId();

        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(false, null));

        assertThat(pi).hasNotPassed(TASK_RECORD_ATTACHMENT).isWaitingAt(TASK_AGREE_FAMILY_PLAN)
                .variables().containsEntry("planSignedByAll", false)
                .containsEntry("planRevisionNotes", "Father will not sign the school action");
        assertThat(taskOf(pi, TASK_AGREE_FAMILY_PLAN).getId()).isNotEqualTo(firstDraft);
        assertThat(taskOf(pi, TASK_AGREE_FAMILY_PLAN)).isAssignedTo("kw-cfp-1");
        assertThat(variable(pi, "attachmentDate")).isNull();

        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, "2013-09-16"));

        assertThat(pi).hasPassed(TASK_RECORD_ATTACHMENT).isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE)
                .variables().containsEntry("attachmentDate", "2013-09-16").containsEntry("programmeYear", 2)
                .containsEntry("supportEndDate", "2014-03-16");
        assertThat(timesEntered(pi, TASK_AGREE_FAMILY_PLAN)).isEqualTo(2);
        assertThat(taskOf(pi, TASK_SUPPORT_FAMILY)).isAssignedTo("kw-cfp-1");
    }

    @ParameterizedTest(name = "attached {0}: programme year {1}, support ends {2}")
    @CsvSource({
            "2012-10-03, 1, 2013-04-03",
            "2013-03-31, 1, 2013-09-30",
            "2013-04-01, 2, 2013-10-01"})
    void attachmentDateDecidesTheProgrammeYearAndTheEndOfSupport(String attachmentDate, int programmeYear,
                                                                 String supportEndDate) {
        ProcessInstance pi = startAtWithPlace(TASK_AGREE_FAMILY_PLAN,
                allocated("MK-000404").putValue("consentGiven", true).putValue("tafDate", "2012-09-28"));

        complete(pi, TASK_AGREE_FAMILY_PLAN, plan(true, attachmentDate));

        assertThat(pi).hasPassed(TASK_RECORD_ATTACHMENT)
                .isWaitingAt(TASK_SUPPORT_FAMILY, INTERMEDIATE_EVENT_REVIEW_DUE)
                .variables().containsEntry("attachmentDate", attachmentDate)
                .containsEntry("programmeYear", programmeYear)
                .containsEntry("supportEndDate", supportEndDate)
                .containsEntry("supportPeriods", 1);
        assertThat(timerAt(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED).getDuedate())
                .isEqualTo(startOfDay(supportEndDate));
    }
}
