package org.strengtheningfamilies.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeEvidenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "baselineAsbIncidents, -1, 0, 0, 0, 0",
            "afterAsbIncidents, 0, -1, 0, 0, 0",
            "baselineYouthOffences, 0, 0, -1, 0, 0",
            "afterYouthOffences, 0, 0, 0, -1, 0",
            "continuousEmploymentWeeks, 0, 0, 0, 0, -1"})
    void refusesNegativeCountsNamingTheField(String field, int asbBefore, int asbAfter, int offencesBefore,
                                             int offencesAfter, int weeks) {
        assertThatThrownBy(() -> new OutcomeEvidence(false, List.of(), asbBefore, asbAfter, offencesBefore,
                offencesAfter, false, weeks))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(field + " must be 0 or more (was -1)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "unauthorisedAbsenceSessions must be 0 or more, -1, 100, 0",
            "possibleSessions must be 0 or more, 0, -1, 0",
            "fixedExclusions must be 0 or more, 0, 100, -1",
            "unauthorisedAbsenceSessions (101) must not be more than possibleSessions (100), 101, 100, 0"})
    void refusesImpossibleSchoolDataNamingTheChildAndField(String problem, int absent, int possible, int exclusions) {
        List<ChildEducation> children = List.of(new ChildEducation("Amy", 0, 100, 0, false),
                new ChildEducation("Ben", absent, possible, exclusions, false));
        assertThatThrownBy(() -> new OutcomeEvidence(true, children, 0, 0, 0, 0, false, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("childrenEducation[2]." + problem);
    }

    @Test
    void refusesAnEmptyEntryForAChild() {
        List<ChildEducation> children = Arrays.asList(new ChildEducation("Amy", 0, 100, 0, false), null);
        assertThatThrownBy(() -> new OutcomeEvidence(true, children, 0, 0, 0, 0, false, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("childrenEducation[2] is empty");
    }

    @Test
    void allowsAbsenceEqualToPossibleSessionsAndNoPossibleSessions() {
        OutcomeEvidence evidence = new OutcomeEvidence(true,
                List.of(new ChildEducation("Amy", 100, 100, 0, false), new ChildEducation("Ben", 0, 0, 0, false)),
                0, 0, 0, 0, false, 0);
        assertThat(evidence.childrenEducation()).hasSize(2);
    }

    @Test
    void noListMeansNoChildren() {
        assertThat(new OutcomeEvidence(false, null, 0, 0, 0, 0, false, 0).childrenEducation()).isEmpty();
    }

    @Test
    void keepsItsOwnCopyOfTheChildren() {
        List<ChildEducation> children = new ArrayList<>(List.of(new ChildEducation("Amy", 0, 100, 0, false)));
        OutcomeEvidence evidence = new OutcomeEvidence(true, children, 0, 0, 0, 0, false, 0);
        children.clear();
        assertThat(evidence.childrenEducation()).hasSize(1);
    }
}
