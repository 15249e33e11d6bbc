package org.strengtheningfamilies.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.spin.plugin.variable.SpinValues.jsonValue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.programme.ProgrammePresets;

/** A later phase's referral: the phase's needs, each with its evidence. */
class NeedsReferralRulesTest {

    static final ProgrammePhases PHASES = ProgrammePhases.configure(ProgrammePhase.TF_2012,
            ProgrammePresets.tf2012(LocalDate.of(2012, 4, 1), 3, List.of()), Map.of(), null);
    static final PhaseSettings SF = PHASES.settings(ProgrammePhase.SF_2022);
    final ReferralRules rules = new ReferralRules("^[A-Z]{2,5}-[0-9]{3,8}$", ProgrammeCalendar.miltonKeynes(),
            Clock.fixed(LocalDate.of(2023, 6, 30).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));

    static Map<String, Object> referral(String needs, String evidence) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("familyRef", "MK-220001");
        variables.put("referringAgency", "SCHOOL");
        variables.put("district", "Bletchley");
        variables.put("householdMembers", jsonValue("[{\"name\":\"Ann Lee\",\"dateOfBirth\":\"1985-01-02\","
                + "\"gender\":\"FEMALE\",\"role\":\"ADULT\"}]").create());
        variables.put("needs", needs == null ? null : jsonValue(needs).create());
        variables.put("needsEvidence", evidence == null ? null : jsonValue(evidence).create());
        return variables;
    }

    @Test
    void aReferralWithThePhasesNeedsAndTheirEvidenceIsValid() {
        assertThat(rules.problemsOfReferral(referral("[\"EDUCATION\",\"HOUSING\",\"CRIME\"]",
                "{\"EDUCATION\":\"Persistent absence\",\"HOUSING\":\"Section 21 notice\",\"CRIME\":\"Youth caution\"}"), SF))
                .isEmpty();
    }

    @Test
    void aNeedOfAnotherPhaseIsRefusedNamingIt() {
        assertThat(rules.problemsOfReferral(referral("[\"EDUCATION\",\"SCHOOL_ATTENDANCE\"]",
                "{\"EDUCATION\":\"x\",\"SCHOOL_ATTENDANCE\":\"y\"}"), SF)).containsExactly(
                new Problem("needs", "“Needs the family has” has SCHOOL_ATTENDANCE, which is not a need of Supporting "
                        + "Families 2022 to 2025, this case's programme. Its needs are EDUCATION, EARLY_YEARS, HEALTH, "
                        + "SUBSTANCE_USE, FAMILY_RELATIONSHIPS, CHILD_SAFETY, CRIME, DOMESTIC_ABUSE, HOUSING, FINANCIAL_STABILITY."),
                new Problem("needsEvidence.SCHOOL_ATTENDANCE", "There is evidence for SCHOOL_ATTENDANCE, which is not a need "
                        + "of Supporting Families 2022 to 2025, this case's programme."));
    }

    @Test
    void everyNeedNeedsItsEvidenceAndEvidenceItsNeed() {
        assertThat(rules.problemsOfReferral(referral("[\"EDUCATION\",\"HOUSING\"]",
                "{\"EDUCATION\":\"x\",\"CRIME\":\"caution\",\"HOUSING\":\"  \"}"), SF)).containsExactly(
                new Problem("needsEvidence.CRIME", "There is evidence for Crime prevention and tackling crime but the need "
                        + "is not ticked: tick it or remove its evidence."),
                new Problem("needsEvidence.HOUSING", "Give the evidence for Secure housing: what shows the family has this need."));
        assertThat(rules.problemsOfReferral(referral(null, null), SF))
                .containsExactly(new Problem("needs", "“Needs the family has” is required."));
        assertThat(rules.problemsOfReferral(referral("[]", null), SF))
                .containsExactly(new Problem("needs", "Tick at least one of the family's needs in “Needs the family has”."));
    }

    @Test
    void retrospectiveAttachmentIsThe2012ProgrammesOnly() {
        Map<String, Object> variables = referral("[\"EDUCATION\"]", "{\"EDUCATION\":\"x\"}");
        variables.put("retrospective", true);
        assertThat(rules.problemsOfReferral(variables, SF)).containsExactly(new Problem("retrospective", "Attaching a "
                + "family previously worked with (retrospectively) is part of the 2012 to 2015 programme only, not of "
                + "Supporting Families 2022 to 2025."));
    }
}
