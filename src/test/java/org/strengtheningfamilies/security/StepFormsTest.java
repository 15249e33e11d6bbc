package org.strengtheningfamilies.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** What each step captures, read from its Camunda Form (forms/ at the top of the project). */
class StepFormsTest {

    private static StepForms.Fields form(String name) throws Exception {
        return StepForms.parse(Files.readString(Path.of("forms", name + ".form")));
    }

    @Test
    void theReferralCapturesItsFieldsAndADynamicListIsOneField() throws Exception {
        StepForms.Fields referral = form("referral");
        assertThat(referral.formId()).isEqualTo("referral");
        assertThat(referral.writable()).contains("familyRef", "district", "householdMembers", "presentingIssues",
                "criterionCrimeAsbEvidence", "retrospective", "attachmentDate")
                .doesNotContain("name", "gender", "claimAmountPence", "programmePhase");
        assertThat(referral.shown()).isEmpty();
    }

    @Test
    void aLaterPhasesReferralCapturesEachNeedsEvidenceAsOneObject() throws Exception {
        StepForms.Fields referral = form("referral-sf-2022");
        assertThat(referral.writable()).contains("needs", "needsEvidence", "expectingChild", "householdMembers")
                .doesNotContain("needsEvidence.EDUCATION", "criterionWork");
    }

    @Test
    void aFieldAFormOnlyShowsIsNotOneItCaptures() throws Exception {
        StepForms.Fields consent = form("consent");
        assertThat(consent.writable()).containsExactlyInAnyOrder("consentGiven", "consentNotes");
        assertThat(consent.shown()).contains("familyRef", "leadService", "needLevel", "presentingIssues");
    }

    @Test
    void aLaterPhasesReferralCapturesTheNeedsAndTheirEvidenceAsOneObject() throws Exception {
        StepForms.Fields referral = form("referral-sf-2022");
        assertThat(referral.writable()).contains("needs", "needsEvidence", "expectingChild", "householdMembers")
                .doesNotContain("needsEvidence.EDUCATION", "programmePhase", "criterionWork");
    }
}
