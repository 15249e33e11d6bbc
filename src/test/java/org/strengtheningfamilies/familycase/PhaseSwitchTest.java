package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.testing.LaterPhaseProcessTest;

/**
 * A council switches phase on a date: cases referred before finish under their own rules, new referrals
 * are of the new phase. (The configured phase here is 2012-15's; the switch of sf.programme.phase itself,
 * across a restart, is PhasesOnPostgresTest's.)
 */
class PhaseSwitchTest extends LaterPhaseProcessTest {

    @Test
    void theStartFormIsTheReferralFormOfThePhaseTheCouncilRefersUnder() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("family-case")
                .latestVersion().singleResult().getId();
        assertThat(engine.getFormService().getStartFormData(definition).getCamundaFormRef().getKey())
                .as("sf.programme.phase is TF_2012 here").isEqualTo("referral");
    }

    @Test
    void aLive2012CaseFinishesUnderThe2012RulesBesideNewSupportingFamiliesCases() {
        ProcessInstance earlier = toIntensiveSupport("MK-000401", "2012-10-03");
        assertThat(variable(earlier, "programmePhase")).isEqualTo("TF_2012");

        today("2023-09-30");
        ProcessInstance later = refer(ProgrammePhase.SF_2022, needsReferral("MK-220401", "EDUCATION", "HOUSING", "CRIME"));
        assertThat(later).isWaitingAt(TASK_PANEL_VALIDATION).variables().containsEntry("programmePhase", "SF_2022");

        // the 2012-15 family goes on as it always did: its own evidence, results and payment model
        fire(earlier, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        assertThat(engine.getFormService().getTaskFormData(taskOf(earlier, TASK_VERIFY_OUTCOMES).getId())
                .getCamundaFormRef().getKey()).isEqualTo("verify-outcomes");
        complete(earlier, TASK_VERIFY_OUTCOMES, evidence());
        assertThat(earlier).hasPassed(TASK_ASSESS_OUTCOMES, TASK_CALCULATE_CLAIM)
                .hasNotPassed(TASK_ASSESS_FAMILY, TASK_DECIDE_SUCCESS, TASK_BEGIN_SUSTAIN_PERIOD)
                .isWaitingAt(TASK_AUDIT_CLAIM).variables()
                .containsEntry("crimeAsbEducationResult", true).containsEntry("claimAmountPence", 70_000L)
                .containsEntry("programmeYear", 1).doesNotContainKey("successfulFamilyOutcome");
        complete(earlier, TASK_AUDIT_CLAIM, approved());
        assertThat(earlier).isEnded();
        assertThat(records.claims()).singleElement().satisfies(claim -> assertThat(claim.reference()).isEqualTo("MK-000401-PBR1"));

        complete(later, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        complete(later, TASK_SEEK_CONSENT, consent(true));
        assertThat(later).isWaitingAt(TASK_ASSESS_FAMILY);
    }
}
