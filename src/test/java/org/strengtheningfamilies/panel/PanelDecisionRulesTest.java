package org.strengtheningfamilies.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PanelDecisionRulesTest {

    private final PanelDecisionRules rules = new PanelDecisionRules();

    @Test
    void aDecisionIsRequired() {
        assertThat(rules.problems(null, "why", 3, LeadService.CFP)).containsExactly("panelDecision is required");
    }

    @ParameterizedTest(name = "{0} with {1} reason")
    @CsvSource({"REJECT, ''", "REJECT, '   '", "MORE_INFO, ''", "MORE_INFO, '\t'"})
    void rejectAndMoreInfoNeedAReason(PanelDecision decision, String reason) {
        assertThat(rules.problems(decision, reason, null, null))
                .containsExactly("panelReason is required when panelDecision is " + decision);
        assertThat(rules.problems(decision, null, null, null))
                .containsExactly("panelReason is required when panelDecision is " + decision);
    }

    @ParameterizedTest
    @EnumSource(value = PanelDecision.class, names = {"REJECT", "MORE_INFO"})
    void rejectAndMoreInfoWithAReasonAreValidWithoutLevelOrService(PanelDecision decision) {
        assertThat(rules.problems(decision, "Already known to Children's Social Care", null, null)).isEmpty();
    }

    @ParameterizedTest(name = "level {0} to {1}")
    @CsvSource({
            "2, CFP", "3, CFP", "4, CFP",
            "4, CSC",
            "2, YOT", "3, YOT", "4, YOT",
            "2, NEP",
            "2, FIP", "3, FIP", "4, FIP",
            "2, NFA", "3, NFA", "4, NFA"})
    void acceptWithALevelTheServiceTakesIsValid(int level, LeadService service) {
        assertThat(rules.problems(PanelDecision.ACCEPT, null, level, service)).isEmpty();
    }

    @ParameterizedTest(name = "level {0} to {1}")
    @CsvSource({
            "2, CSC, 4", "3, CSC, 4",
            "3, NEP, 2", "4, NEP, 2"})
    void acceptWithALevelTheServiceDoesNotTake(int level, LeadService service, String needs) {
        assertThat(rules.problems(PanelDecision.ACCEPT, null, level, service))
                .containsExactly("leadService " + service + " needs needLevel " + needs + " (was " + level + ")");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, -2})
    void acceptNeedsALevelOnTheWindscreen(int level) {
        assertThat(rules.problems(PanelDecision.ACCEPT, null, level, LeadService.CFP))
                .containsExactly("needLevel must be 2, 3 or 4 (was " + level + ")");
    }

    @Test
    void aLevelOffTheWindscreenIsNotAlsoReportedAsNotFittingTheService() {
        assertThat(rules.problems(PanelDecision.ACCEPT, null, 5, LeadService.CSC))
                .containsExactly("needLevel must be 2, 3 or 4 (was 5)");
    }

    @Test
    void acceptNeedsALevel() {
        assertThat(rules.problems(PanelDecision.ACCEPT, "ok", null, LeadService.CFP))
                .containsExactly("needLevel is required when panelDecision is ACCEPT");
    }

    @Test
    void acceptNeedsALeadService() {
        assertThat(rules.problems(PanelDecision.ACCEPT, null, 3, null))
                .containsExactly("leadService is required when panelDecision is ACCEPT");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(rules.problems(PanelDecision.ACCEPT, null, null, null)).containsExactly(
                "needLevel is required when panelDecision is ACCEPT",
                "leadService is required when panelDecision is ACCEPT");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void acceptNeedsNoReason(String reason) {
        assertThat(rules.problems(PanelDecision.ACCEPT, reason, 4, LeadService.CSC)).isEmpty();
    }
}
