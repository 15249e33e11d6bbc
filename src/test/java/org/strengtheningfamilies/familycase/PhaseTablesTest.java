package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * The later phases' eligibility and success tables (processes/eligibility-*.dmn, success-*.dmn) as the
 * engine deploys them, at their boundaries (DESIGN.md section 10).
 */
class PhaseTablesTest extends FamilyCaseProcessTest {

    private Object decide(String table, String output, Map<String, Object> inputs) {
        return engine.getDecisionService().evaluateDecisionTableByKey(table, Variables.fromMap(inputs))
                .getSingleResult().getEntry(output);
    }

    @ParameterizedTest(name = "TF_2015 with {0} of 6 problems: {1}")
    @CsvSource({"0, NOT_ELIGIBLE", "1, NOT_ELIGIBLE", "2, ELIGIBLE", "3, ELIGIBLE", "6, ELIGIBLE"})
    void troubledFamilies2015TakesAtLeastTwoOfTheSixProblems(int needs, String route) {
        assertThat(decide("eligibility-tf-2015", "identificationRoute", Map.of("needCount", needs))).isEqualTo(route);
    }

    @ParameterizedTest(name = "{0} with {1} needs, child {2}, expecting {3}: {4}")
    @CsvSource({
            "eligibility-sf-2022, 2, true, false, NOT_ELIGIBLE",
            "eligibility-sf-2022, 3, true, false, ELIGIBLE",
            "eligibility-sf-2022, 10, true, false, ELIGIBLE",
            "eligibility-sf-2022, 3, false, false, NOT_ELIGIBLE",
            "eligibility-sf-2022, 3, false, true, ELIGIBLE",
            "eligibility-sf-2022, 2, false, true, NOT_ELIGIBLE",
            "eligibility-outcomes-only, 2, true, false, NOT_ELIGIBLE",
            "eligibility-outcomes-only, 3, true, false, ELIGIBLE",
            "eligibility-outcomes-only, 3, false, false, NOT_ELIGIBLE",
            "eligibility-outcomes-only, 3, false, true, ELIGIBLE"})
    void supportingFamiliesTakesAChildOrOneExpectedAndAtLeastThreeOfTheTenNeeds(String table, int needs, boolean child,
                                                                                boolean expecting, String route) {
        assertThat(decide(table, "identificationRoute",
                Map.of("needCount", needs, "dependentChild", child, "expectingChild", expecting))).isEqualTo(route);
    }

    @ParameterizedTest(name = "TF_2015 with {0} problems not achieved, employment {1}: {2}")
    @CsvSource({"0, false, true", "1, false, false", "1, true, true", "0, true, true", "3, false, false"})
    void troubledFamilies2015SucceedsByEveryProblemOrByContinuousEmployment(int notAchieved, boolean employment,
                                                                            boolean successful) {
        assertThat(decide("success-tf-2015", "successfulFamilyOutcome",
                Map.of("needsNotAchieved", notAchieved, "continuousEmploymentResult", employment))).isEqualTo(successful);
    }

    @ParameterizedTest(name = "{0} with {1} needs not achieved, sustained {2}: {3}")
    @CsvSource({
            "success-sf-2022, 0, true, true", "success-sf-2022, 1, true, false", "success-sf-2022, 0, false, false",
            "success-outcomes-only, 0, true, true", "success-outcomes-only, 1, true, false",
            "success-outcomes-only, 0, false, false"})
    void supportingFamiliesSucceedsWhenEveryNeedIsAchievedAndSustained(String table, int notAchieved, boolean sustained,
                                                                       boolean successful) {
        assertThat(decide(table, "successfulFamilyOutcome",
                Map.of("needsNotAchieved", notAchieved, "outcomesSustained", sustained))).isEqualTo(successful);
    }

    @ParameterizedTest(name = "{0}: no sustain check recorded is no success")
    @CsvSource({"success-sf-2022", "success-outcomes-only"})
    void aMissingSustainCheckIsNoSuccess(String table) {
        java.util.Map<String, Object> inputs = new java.util.HashMap<>();
        inputs.put("needsNotAchieved", 0);
        inputs.put("outcomesSustained", null);
        assertThat(decide(table, "successfulFamilyOutcome", inputs)).isEqualTo(false);
    }

    @org.junit.jupiter.api.Test
    void employmentIsNoRouteInSupportingFamilies() {
        java.util.Map<String, Object> inputs = new java.util.HashMap<>();
        inputs.put("needsNotAchieved", 1);
        inputs.put("outcomesSustained", true);
        inputs.put("continuousEmploymentResult", true);
        assertThat(decide("success-sf-2022", "successfulFamilyOutcome", inputs)).isEqualTo(false);
    }
}
