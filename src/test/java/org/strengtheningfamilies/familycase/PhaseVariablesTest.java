package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.testing.LaterPhaseProcessTest;

/**
 * A case speaks its own phase: a need of another phase, a later phase's variable sent to a 2012-15 case
 * or the reverse, or the phase itself, is refused naming it, and nothing starts or moves.
 */
class PhaseVariablesTest extends LaterPhaseProcessTest {

    @Test
    void aNeedOfAnotherPhaseStartsNothing() {
        today("2023-09-30");
        assertThatThrownBy(() -> refer(ProgrammePhase.SF_2022, needsReferral("MK-220201", "EDUCATION", "HOUSING",
                "SCHOOL_ATTENDANCE")))
                .isInstanceOf(CaseDataException.class)
                .hasMessageContaining("“Needs the family has” has SCHOOL_ATTENDANCE, which is not a need of Supporting Families 2022 to 2025");
        assertThat(casesOf("MK-220201")).isZero();
        assertThat(caseload.isLive("MK-220201")).isFalse();
    }

    @Test
    void the2012CriteriaAreRefusedOnALaterPhasesReferralAndTask() {
        today("2023-09-30");
        assertThatThrownBy(() -> refer(ProgrammePhase.SF_2022, needsReferral("MK-220202", "EDUCATION", "HOUSING", "CRIME")
                .putValue("criterionWork", true)))
                .hasMessageContaining("criterionWork is part of the 2012 to 2015 programme, not of Supporting Families "
                        + "2022 to 2025, this case's programme: give the family's needs");
        assertThat(casesOf("MK-220202")).isZero();

        ProcessInstance pi = refer(ProgrammePhase.SF_2022, needsReferral("MK-220202", "EDUCATION", "HOUSING", "CRIME"));
        assertThatThrownBy(() -> complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP").putValue("localHousing", true)))
                .hasMessageContaining("localHousing is part of the 2012 to 2015 programme");
        assertThat(pi).isWaitingAt(TASK_PANEL_VALIDATION);
    }

    @Test
    void aLaterPhasesVariablesAreRefusedOnA2012Case() {
        assertThatThrownBy(() -> startCase(referral("MK-000301").putValue("needs", jsonList("EDUCATION"))))
                .hasMessageContaining("needs is part of the programmes from 2015 on, not of Troubled Families 2012 to "
                        + "2015, this case's programme, which goes by");
        assertThat(casesOf("MK-000301")).isZero();

        ProcessInstance pi = toIntensiveSupport("MK-000301", "2012-10-03");
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        assertThatThrownBy(() -> complete(pi, TASK_VERIFY_OUTCOMES, evidence()
                .putValue("needOutcomes", needOutcomes(List.of("EDUCATION")).get("needOutcomes"))))
                .hasMessageContaining("needOutcomes is part of the programmes from 2015 on");
        assertThatThrownBy(() -> complete(pi, TASK_VERIFY_OUTCOMES, evidence().putValue("outcomesSustained", true)))
                .hasMessageContaining("outcomesSustained belongs to a sustain check, which Troubled Families 2012 to 2015");
        assertThatThrownBy(() -> complete(pi, TASK_VERIFY_OUTCOMES, evidence().putValue("expectingChild", true)))
                .hasMessageContaining("expectingChild counts only where a family needs a dependent child");
        assertThat(pi).isWaitingAt(TASK_VERIFY_OUTCOMES);
        assertThat(records.claims()).isEmpty();
    }

    @Test
    void continuousEmploymentIsNoRouteInSupportingFamilies() {
        today("2023-09-30");
        ProcessInstance pi = refer(ProgrammePhase.SF_2022, needsReferral("MK-220203", "EDUCATION", "HOUSING", "CRIME"));
        toSupport(pi, "2023-03-01", "EDUCATION", "HOUSING", "CRIME");
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        assertThatThrownBy(() -> complete(pi, TASK_VERIFY_OUTCOMES, needOutcomes(List.of("EDUCATION", "HOUSING", "CRIME"), "HOUSING")
                .putValue("continuousEmploymentWeeks", 26)))
                .hasMessageContaining("continuousEmploymentWeeks: continuous employment alone is not a route to success in "
                        + "Supporting Families 2022 to 2025");
        assertThat(pi).isWaitingAt(TASK_VERIFY_OUTCOMES);
    }

    @Test
    void expectingAChildCountsOnlyWhereAChildIsNeeded() {
        today("2016-09-30");
        assertThatThrownBy(() -> refer(ProgrammePhase.TF_2015, needsReferral("MK-150201", "CRIME_ASB", "HEALTH")
                .putValue("expectingChild", true)))
                .hasMessageContaining("expectingChild counts only where a family needs a dependent child, which Troubled "
                        + "Families 2015 to 2020, this case's programme, does not ask for");
    }

    @Test
    void thePhaseIsTheProgrammesNeverAFormsOrAClients() {
        today("2023-09-30");
        assertThatThrownBy(() -> refer(ProgrammePhase.SF_2022, needsReferral("MK-220204", "EDUCATION", "HOUSING", "CRIME")
                .putValue("programmePhase", "SF_2022")))
                .hasMessageContaining("The programme sets the case's programme when a family is referred");
        assertThat(casesOf("MK-220204")).isZero();

        ProcessInstance pi = refer(ProgrammePhase.SF_2022, needsReferral("MK-220204", "EDUCATION", "HOUSING", "CRIME"));
        assertThatThrownBy(() -> complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP").putValue("programmePhase", "TF_2012")))
                .hasMessageContaining("The case's programme cannot be changed: it was referred under Supporting Families 2022 to 2025");
        assertThatThrownBy(() -> complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP").putValue("programmePhase", "TF_2015")))
                .hasMessageContaining("The case's programme cannot be changed");
        assertThat(pi).isWaitingAt(TASK_PANEL_VALIDATION);
        assertThat(variable(pi, "programmePhase")).isEqualTo("SF_2022");
    }

    @Test
    void aNeedOfAnotherPhaseIsRefusedAtThePanelAndTheAssessment() {
        today("2023-09-30");
        ProcessInstance pi = refer(ProgrammePhase.SF_2022, needsReferral("MK-220205", "EDUCATION", "HOUSING", "CRIME"));
        assertThatThrownBy(() -> complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP")
                .putValue("needs", jsonList("EDUCATION", "CHILDREN_NEED_HELP"))))
                .hasMessageContaining("“Needs the family has” has CHILDREN_NEED_HELP, which is not a need of Supporting Families");
        complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP"));
        complete(pi, TASK_SEEK_CONSENT, consent(true));
        assertThatThrownBy(() -> complete(pi, TASK_ASSESS_FAMILY, assessment("2023-02-20", "EDUCATION", "WORKLESSNESS_FINANCIAL")))
                .hasMessageContaining("“Needs the family has” has WORKLESSNESS_FINANCIAL");
        assertThatThrownBy(() -> complete(pi, TASK_ASSESS_FAMILY, assessment("2023-10-20", "EDUCATION")))
                .hasMessageContaining("“Date of the assessment” 20/10/2023 is in the future");
        assertThat(pi).isWaitingAt(TASK_ASSESS_FAMILY);
    }
}
