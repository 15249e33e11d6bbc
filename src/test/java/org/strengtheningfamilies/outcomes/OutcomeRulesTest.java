package org.strengtheningfamilies.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strengtheningfamilies.outcomes.OutcomeResult.MET;
import static org.strengtheningfamilies.outcomes.OutcomeResult.NOT_APPLICABLE;
import static org.strengtheningfamilies.outcomes.OutcomeResult.NOT_MET;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeRulesTest {

    private final OutcomeRules rules = new OutcomeRules();

    private static ChildEducation child(int absent, int possible, int exclusions, boolean permanent) {
        return new ChildEducation("Child", absent, possible, exclusions, permanent);
    }

    private static ChildEducation attending() {
        return child(0, 300, 0, false);
    }

    @ParameterizedTest(name = "{0} of {1} sessions missed -> {2}")
    @CsvSource({
            "14, 100, MET",      // 14%
            "15, 100, NOT_MET",  // exactly 15%
            "16, 100, NOT_MET",  // 16%
            "56, 380, MET",      // 14.7%: 15% of 380 sessions is 57
            "57, 380, NOT_MET",  // exactly 15%
            "58, 380, NOT_MET",
            "43, 293, MET",      // 15% of 293 is 43.95
            "44, 293, NOT_MET",  // 15.02%: over a line that falls between whole sessions
            "0, 1, MET",
            "1, 1, NOT_MET"})
    void absenceMustBeBelowFifteenPercent(int absent, int possible, OutcomeResult expected) {
        assertThat(rules.education(true, List.of(child(absent, possible, 0, false)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} fixed exclusions -> {1}")
    @CsvSource({"0, MET", "2, MET", "3, NOT_MET", "4, NOT_MET"})
    void fewerThanThreeFixedExclusions(int exclusions, OutcomeResult expected) {
        assertThat(rules.education(true, List.of(child(0, 300, exclusions, false)))).isEqualTo(expected);
    }

    @Test
    void aPermanentlyExcludedChildIsNotBackInSchool() {
        assertThat(rules.education(true, List.of(child(0, 300, 0, true)))).isEqualTo(NOT_MET);
    }

    @Test
    void everyChildMustBeBackInSchool() {
        assertThat(rules.education(true, List.of(attending(), attending()))).isEqualTo(MET);
        assertThat(rules.education(true, List.of(attending(), child(45, 300, 0, false)))).isEqualTo(NOT_MET);
        assertThat(rules.education(true, List.of(attending(), child(0, 300, 3, false)))).isEqualTo(NOT_MET);
    }

    @Test
    void notApplicableWhenEducationWasNotACriterionWhateverTheChildrenDid() {
        assertThat(rules.education(false, List.of(child(100, 100, 5, true)))).isEqualTo(NOT_APPLICABLE);
        assertThat(rules.education(false, List.of())).isEqualTo(NOT_APPLICABLE);
        assertThat(rules.education(false, null)).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void applicableWithNoChildrenListedIsNotMetBecauseNothingEvidencesIt() {
        assertThat(rules.education(true, List.of())).isEqualTo(NOT_MET);
        assertThat(rules.education(true, null)).isEqualTo(NOT_MET);
    }

    @Test
    void aChildWithNoPossibleSessionsHasNoAttendanceToShow() {
        assertThat(rules.education(true, List.of(child(0, 0, 0, false)))).isEqualTo(NOT_MET);
    }

    @Test
    void refusesImpossibleSchoolData() {
        assertThatThrownBy(() -> rules.education(true, List.of(attending(), child(301, 300, 0, false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("childrenEducation[2].unauthorisedAbsenceSessions");
        assertThatThrownBy(() -> rules.education(true, List.of(child(0, 300, -1, false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("childrenEducation[1].fixedExclusions must be 0 or more");
    }

    @ParameterizedTest(name = "{0} -> {1} incidents: {2}")
    @CsvSource({
            "5, 2, MET",       // 60% down
            "5, 3, NOT_MET",   // 40%
            "10, 4, MET",      // exactly 60%
            "10, 5, NOT_MET",  // 50%
            "10, 3, MET",      // 70%
            "100, 40, MET",    // exactly 60%
            "100, 41, NOT_MET",// 59%
            "100, 39, MET",    // 61%
            "1, 0, MET",
            "1, 1, NOT_MET",
            "3, 4, NOT_MET",   // went up
            "0, 0, NOT_APPLICABLE",
            "0, 7, NOT_APPLICABLE"})
    void mustFallByAtLeastSixtyPercent(int baseline, int after, OutcomeResult expected) {
        assertThat(rules.asb(baseline, after)).isEqualTo(expected);
    }

    @Test
    void noOverflowWithHugeCounts() {
        assertThat(rules.asb(Integer.MAX_VALUE, 0)).isEqualTo(MET);
        assertThat(rules.asb(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(NOT_MET);
    }

    @Test
    void refusesNegativeAsbCounts() {
        assertThatThrownBy(() -> rules.asb(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baselineAsbIncidents must be 0 or more");
        assertThatThrownBy(() -> rules.asb(5, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("afterAsbIncidents must be 0 or more");
    }

    @ParameterizedTest(name = "{0} -> {1} offences: {2}")
    @CsvSource({
            "3, 2, MET",        // 33.3%
            "3, 3, NOT_MET",
            "100, 67, MET",     // exactly 33%
            "100, 68, NOT_MET", // 32%
            "100, 66, MET",     // 34%
            "1, 0, MET",
            "1, 1, NOT_MET",
            "2, 1, MET",
            "4, 3, NOT_MET",    // 25%
            "2, 5, NOT_MET",    // went up
            "0, 0, NOT_APPLICABLE",
            "0, 3, NOT_APPLICABLE"})
    void mustFallByAtLeastThirtyThreePercent(int baseline, int after, OutcomeResult expected) {
        assertThat(rules.youthOffending(baseline, after)).isEqualTo(expected);
    }

    @Test
    void refusesNegativeOffenceCounts() {
        assertThatThrownBy(() -> rules.youthOffending(3, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("afterYouthOffences must be 0 or more");
    }

    @ParameterizedTest(name = "{0} weeks -> {1}")
    @CsvSource({"0, false", "12, false", "13, true", "14, true"})
    void thirteenWeeksByDefault(int weeks, boolean expected) {
        assertThat(rules.continuousEmployment(weeks)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} weeks of 26 -> {1}")
    @CsvSource({"25, false", "26, true", "27, true"})
    void theRequirementIsConfigurable(int weeks, boolean expected) {
        assertThat(new OutcomeRules(26).continuousEmployment(weeks)).isEqualTo(expected);
    }

    @Test
    void refusesARequirementBelowOneWeek() {
        assertThatThrownBy(() -> new OutcomeRules(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continuousEmploymentWeeksRequired");
    }

    private OutcomeEvidence evidence(boolean educationApplies, List<ChildEducation> children, int asbBefore,
                                     int asbAfter, int offencesBefore, int offencesAfter, boolean ptw, int weeks) {
        return new OutcomeEvidence(educationApplies, children, asbBefore, asbAfter, offencesBefore, offencesAfter,
                ptw, weeks);
    }

    @Test
    void allThreeMetTurnsTheFamilyAround() {
        OutcomeResults results = rules.assess(evidence(true, List.of(attending()), 5, 2, 3, 2, false, 0));
        assertThat(results).isEqualTo(new OutcomeResults(MET, MET, MET, true, false, false, true));
    }

    @Test
    void oneApplicableMeasureMetIsEnough() {
        OutcomeResults results = rules.assess(evidence(false, List.of(), 5, 2, 0, 0, false, 0));
        assertThat(results).isEqualTo(
                new OutcomeResults(NOT_APPLICABLE, MET, NOT_APPLICABLE, true, false, false, true));
    }

    @Test
    void everyApplicableMeasureMustBeMet() {
        OutcomeResults results = rules.assess(evidence(true, List.of(attending()), 5, 3, 0, 0, false, 0));
        assertThat(results.educationResult()).isEqualTo(MET);
        assertThat(results.asbResult()).isEqualTo(NOT_MET);
        assertThat(results.crimeAsbEducationResult()).isFalse();
        assertThat(results.turnedAround()).isFalse();
    }

    @Test
    void nothingApplicableMeansNoCrimeAsbEducationResult() {
        OutcomeResults results = rules.assess(evidence(false, List.of(), 0, 0, 0, 0, false, 0));
        assertThat(results).isEqualTo(new OutcomeResults(NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE,
                false, false, false, false));
    }

    @Test
    void continuousEmploymentAloneTurnsTheFamilyAround() {
        OutcomeResults results = rules.assess(evidence(true, List.of(child(50, 100, 0, false)), 5, 5, 0, 0, false, 13));
        assertThat(results.crimeAsbEducationResult()).isFalse();
        assertThat(results.continuousEmploymentResult()).isTrue();
        assertThat(results.turnedAround()).isTrue();
    }

    @Test
    void twelveWeeksOfWorkIsNotEnough() {
        OutcomeResults results = rules.assess(evidence(false, List.of(), 0, 0, 0, 0, false, 12));
        assertThat(results.continuousEmploymentResult()).isFalse();
        assertThat(results.turnedAround()).isFalse();
    }

    @Test
    void progressToWorkIsPaidForButDoesNotTurnTheFamilyAround() {
        OutcomeResults results = rules.assess(evidence(false, List.of(), 0, 0, 0, 0, true, 0));
        assertThat(results.progressToWorkResult()).isTrue();
        assertThat(results.turnedAround()).isFalse();
    }

    @Test
    void usesTheConfiguredEmploymentWeeks() {
        OutcomeEvidence thirteenWeeks = evidence(false, List.of(), 0, 0, 0, 0, false, 13);
        assertThat(new OutcomeRules(26).assess(thirteenWeeks).continuousEmploymentResult()).isFalse();
    }
}
