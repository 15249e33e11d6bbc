package org.strengtheningfamilies.datamatching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PersonMatcherTest {

    static final LocalDate DOB = LocalDate.of(1998, 2, 11);
    final PersonMatcher matcher = new PersonMatcher(0.96, 0.85);

    static PersonRecord record(String name, LocalDate dob, String uprn, String postcode) {
        return new PersonRecord("sf_data_school", 1, name, Names.nameKey(name), dob, null, uprn, postcode, "1 Lakes Lane");
    }

    static KnownPerson known(long id, String name, LocalDate dob, String uprn, String postcode) {
        return new KnownPerson(id, 100 + id, name, Names.nameKey(name), dob, null, uprn, postcode);
    }

    @Test
    void exactKeyIsUprnNormalisedNameAndDateOfBirth() {
        KnownPerson john = known(1, "John Smith", DOB, "100012345678", "MK65LA");
        MatchDecision decision = matcher.match(record("john  SMITH", DOB, "100012345678", "MK65LA"), List.of(john));
        assertThat(decision.kind()).isEqualTo(MatchDecision.Kind.EXACT);
        assertThat(decision.person()).isEqualTo(john);
        assertThat(decision.links()).isTrue();
    }

    @Test
    void accentsAndPunctuationDoNotStopAnExactMatch() {
        KnownPerson zoe = known(1, "Zoe O Neil", DOB, "100012345678", "MK65LA");
        assertThat(matcher.match(record("Zoë O'Neil", DOB, "100012345678", "MK65LA"), List.of(zoe)).kind())
                .isEqualTo(MatchDecision.Kind.EXACT);
    }

    @Test
    void similarSpellingWithSameBirthdayAndPostcodeIsTheSamePerson() {
        KnownPerson john = known(1, "John Smith", DOB, null, "MK65LA");
        MatchDecision decision = matcher.match(record("Jon Smith", DOB, null, "MK65LA"), List.of(john));
        assertThat(decision.kind()).isEqualTo(MatchDecision.Kind.SIMILAR);
        assertThat(decision.person()).isEqualTo(john);
        assertThat(decision.score()).isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void aDifferentDateOfBirthIsNeverMatchedHoweverAlikeTheNames() {
        KnownPerson john = known(1, "John Smith", DOB, "100012345678", "MK65LA");
        for (String name : List.of("John Smith", "Jon Smith")) {
            MatchDecision decision = matcher.match(record(name, DOB.plusDays(1), "100012345678", "MK65LA"), List.of(john));
            assertThat(decision.kind()).as(name).isEqualTo(MatchDecision.Kind.NEW);
        }
    }

    @Test
    void aSimilarNameAtAnotherPostcodeIsNotMatched() {
        KnownPerson john = known(1, "John Smith", DOB, null, "MK65LA");
        assertThat(matcher.match(record("John Smith", DOB, null, "MK93AB"), List.of(john)).kind())
                .isEqualTo(MatchDecision.Kind.NEW);
    }

    @Test
    void betweenTheThresholdsIsAPossibleMatchForTheDataTeam() {
        // Jane / John: 0.88, below certain (0.96) and above possible (0.85)
        KnownPerson john = known(1, "John Smith", DOB, null, "MK65LA");
        MatchDecision decision = matcher.match(record("Jane Smith", DOB, null, "MK65LA"), List.of(john));
        assertThat(decision.kind()).isEqualTo(MatchDecision.Kind.POSSIBLE);
        assertThat(decision.person()).isEqualTo(john);
        assertThat(decision.links()).isFalse();
        assertThat(decision.score()).isBetween(0.85, 0.96);
    }

    @Test
    void belowTheLowerThresholdIsANewPerson() {
        KnownPerson john = known(1, "John Smith", DOB, null, "MK65LA");
        assertThat(matcher.match(record("Peter Jones", DOB, null, "MK65LA"), List.of(john)).kind())
                .isEqualTo(MatchDecision.Kind.NEW);
        assertThat(matcher.match(record("J Smith", DOB, null, "MK65LA"), List.of(john)).kind())
                .as("0.78").isEqualTo(MatchDecision.Kind.NEW);
    }

    @Test
    void theThresholdsComeFromConfiguration() {
        KnownPerson john = known(1, "John Smith", DOB, null, "MK65LA");
        PersonMatcher strict = new PersonMatcher(0.99, 0.95);
        assertThat(strict.match(record("Jon Smith", DOB, null, "MK65LA"), List.of(john)).kind())
                .isEqualTo(MatchDecision.Kind.POSSIBLE);
        PersonMatcher lenient = new PersonMatcher(0.80, 0.70);
        assertThat(lenient.match(record("J Smith", DOB, null, "MK65LA"), List.of(john)).kind())
                .isEqualTo(MatchDecision.Kind.POSSIBLE);
        assertThat(lenient.match(record("Jane Smith", DOB, null, "MK65LA"), List.of(john)).kind())
                .isEqualTo(MatchDecision.Kind.SIMILAR);
    }

    @Test
    void anotherUprnAtTheSamePostcodeIsAtMostPossible() {
        KnownPerson john = known(1, "John Smith", DOB, "100012345678", "MK65LA");
        MatchDecision decision = matcher.match(record("John Smith", DOB, "100012345999", "MK65LA"), List.of(john));
        assertThat(decision.kind()).isEqualTo(MatchDecision.Kind.POSSIBLE);
    }

    @Test
    void differentRecordedGendersAreDifferentPeople() {
        KnownPerson john = new KnownPerson(1, 101, "John Smith", "JOHN SMITH", DOB, "MALE", null, "MK65LA");
        PersonRecord jane = new PersonRecord("sf_data_school", 1, "John Smith", "JOHN SMITH", DOB, "FEMALE", null,
                "MK65LA", null);
        assertThat(matcher.match(jane, List.of(john)).kind()).isEqualTo(MatchDecision.Kind.NEW);
    }

    @Test
    void twoEquallyLikelyPeopleAreForThePersonToResolve() {
        KnownPerson a = known(1, "John Smith", DOB, null, "MK65LA");
        KnownPerson b = known(2, "John Smith", DOB, null, "MK65LA");
        MatchDecision decision = matcher.match(record("John Smith", DOB, null, "MK65LA"), List.of(b, a));
        assertThat(decision.kind()).isEqualTo(MatchDecision.Kind.POSSIBLE);
        assertThat(decision.person()).isEqualTo(a);
    }

    @Test
    void inconsistentThresholdsAreRefusedNamingTheSettings() {
        assertThatThrownBy(() -> new PersonMatcher(0.8, 0.9)).hasMessageContaining("possible-threshold");
    }
}
