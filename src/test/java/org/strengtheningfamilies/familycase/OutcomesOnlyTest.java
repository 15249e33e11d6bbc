package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.events.SuccessfulFamilyOutcome;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.testing.LaterPhaseProcessTest;

/**
 * An outcomes-only programme (Earned Autonomy, the Families First Partnership; DESIGN.md section 10): as
 * Supporting Families to the sustain check, then the outcome is recorded and counted: no claim, no audit.
 */
class OutcomesOnlyTest extends LaterPhaseProcessTest {

    static final List<String> NEEDS = List.of("EDUCATION", "HOUSING", "HEALTH");

    ProcessInstance sustaining(String familyRef) {
        today("2026-09-30");
        ProcessInstance pi = refer(ProgrammePhase.OUTCOMES_ONLY, needsReferral(familyRef, NEEDS.toArray(String[]::new)));
        toSupport(pi, "2026-02-02", NEEDS.toArray(String[]::new));
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        complete(pi, TASK_VERIFY_OUTCOMES, needOutcomes(NEEDS));
        return pi;
    }

    @Test
    void aSustainedOutcomeIsRecordedWithoutAClaimOrAnAudit() {
        ProcessInstance pi = sustaining("MK-300001");
        assertThat(pi).isWaitingAt(INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED).variables()
                .containsEntry("programmePhase", "OUTCOMES_ONLY").containsEntry("programmeYear", 1)
                .containsEntry("sustainCheckDate", "2027-02-02");

        today("2027-02-03");
        fire(pi, INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED);
        complete(pi, TASK_CONFIRM_OUTCOMES_SUSTAINED, sustained(true));

        assertThat(pi).hasPassed(TASK_DECIDE_SUCCESS, TASK_RECORD_OUTCOME, GATEWAY_PAID_BY_RESULTS, END_EVENT_TURNED_AROUND)
                .hasNotPassed(TASK_CALCULATE_CLAIM, TASK_AUDIT_CLAIM).isEnded();
        assertThat(historicVariable(pi, "successfulFamilyOutcome")).isEqualTo(true);
        assertThat(historicVariable(pi, "turnedAround")).isEqualTo(true);
        assertThat(historicVariable(pi, "claimAmountPence")).as("absent: nothing is claimed").isNull();
        assertThat(records.claims()).isEmpty();
        assertThat(eventsOf(SuccessfulFamilyOutcome.class)).hasSize(1);
        assertThat(records.readModel("MK-300001").turnedAroundOn).hasToString("2027-02-03");
        assertThat(historicVariable(pi, "caseOutcome")).isEqualTo("TURNED_AROUND");
    }

    @Test
    void anOutcomeThatDidNotHoldGoesToTheCoordinator() {
        ProcessInstance pi = sustaining("MK-300002");
        today("2027-02-03");
        fire(pi, INTERMEDIATE_EVENT_SUSTAIN_PERIOD_ENDED);
        complete(pi, TASK_CONFIRM_OUTCOMES_SUSTAINED, sustained(false));
        assertThat(pi).hasPassed(TASK_DECIDE_SUCCESS).isWaitingAt(TASK_DECIDE_FURTHER_SUPPORT)
                .variables().containsEntry("successfulFamilyOutcome", false);
    }
}
