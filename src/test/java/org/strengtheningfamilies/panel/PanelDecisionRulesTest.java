package org.strengtheningfamilies.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.kernel.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PanelDecisionRulesTest {

    private final PanelDecisionRules rules = new PanelDecisionRules();

    @Test
    void aDecisionIsRequired() {
        assertThat(rules.problems(null, "why", 3, LeadService.CFP)).containsExactly(new Problem("panelDecision", "Choose the panel's decision."));
    }

    @ParameterizedTest(name = "{0} with {1} reason")
    @CsvSource({"REJECT, ''", "REJECT, '   '", "MORE_INFO, ''", "MORE_INFO, '\t'"})
    void rejectAndMoreInfoNeedAReason(PanelDecision decision, String reason) {
        String asked = decision == PanelDecision.REJECT
                ? "Give the reason for rejecting the referral: the referrer will read it."
                : "Say what more information the referrer must give.";
        assertThat(rules.problems(decision, reason, null, null)).containsExactly(new Problem("panelReason", asked));
        assertThat(rules.problems(decision, null, null, null)).containsExactly(new Problem("panelReason", asked));
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
            "2, CSC, level 4", "3, CSC, level 4",
            "3, NEP, level 2", "4, NEP, level 2"})
    void acceptWithALevelTheServiceDoesNotTake(int level, LeadService service, String needs) {
        assertThat(rules.problems(PanelDecision.ACCEPT, null, level, service))
                .containsExactly(new Problem("leadService", service.displayName() + " takes families at " + needs
                        + " only; this family is at level " + level + "."));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, -2})
    void acceptNeedsALevelOnTheWindscreen(int level) {
        assertThat(rules.problems(PanelDecision.ACCEPT, null, level, LeadService.CFP))
                .containsExactly(new Problem("needLevel", "The level of need must be 2, 3 or 4 (it was " + level + ")."));
    }

    @Test
    void aLevelOffTheWindscreenIsNotAlsoReportedAsNotFittingTheService() {
        assertThat(rules.problems(PanelDecision.ACCEPT, null, 5, LeadService.CSC))
                .containsExactly(new Problem("needLevel", "The level of need must be 2, 3 or 4 (it was 5)."));
    }

    @Test
    void acceptNeedsALevel() {
        assertThat(rules.problems(PanelDecision.ACCEPT, "ok", null, LeadService.CFP))
                .containsExactly(new Problem("needLevel", "Give the family's level of need (2, 3 or 4) to accept the referral."));
    }

    @Test
    void acceptNeedsALeadService() {
        assertThat(rules.problems(PanelDecision.ACCEPT, null, 3, null))
                .containsExactly(new Problem("leadService", "Choose the lead service to accept the referral."));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(rules.problems(PanelDecision.ACCEPT, null, null, null)).containsExactly(
                new Problem("needLevel", "Give the family's level of need (2, 3 or 4) to accept the referral."),
                new Problem("leadService", "Choose the lead service to accept the referral."));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void acceptNeedsNoReason(String reason) {
        assertThat(rules.problems(PanelDecision.ACCEPT, reason, 4, LeadService.CSC)).isEmpty();
    }
}
