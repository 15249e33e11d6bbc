package org.strengtheningfamilies.partnerapi;

import org.strengtheningfamilies.familycase.FamilyCaseElements;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The API's request model is the start form's: its fields, kinds and options, without the council's own. */
class ReferralFormTest {

    private final ReferralForm form = ReferralForm.fromClasspath("forms/referral.form");

    @Test
    void theReferralHasTheStartFormsFieldsWithoutTheCouncilsRetrospectiveAttachment() {
        List<String> keys = form.fields().stream().map(ReferralForm.Field::key).toList();
        assertThat(keys).contains("familyRef", "referringAgency", "district", "criterionCrimeAsb",
                "criterionCrimeAsbEvidence", "localDomesticAbuse", "localFiltersEvidence", "householdMembers", "presentingIssues");
        assertThat(keys).doesNotContain("retrospective", "attachmentDate", "leadService", "needLevel", "keyWorker");
        assertThat(form.field("criterionWork").orElseThrow().kind()).isEqualTo(ReferralForm.Kind.BOOLEAN);
        assertThat(form.field("presentingIssues").orElseThrow().kind()).isEqualTo(ReferralForm.Kind.LIST_OF_TEXT);
        assertThat(form.field("referringAgency").orElseThrow().values()).contains("POLICE", "SCHOOL");
        assertThat(form.field("familyRef").orElseThrow().required()).isTrue();
    }

    @Test
    void householdMembersAreAListOfObjectsWithTheFormsOwnFields() {
        ReferralForm.Field members = form.field("householdMembers").orElseThrow();
        assertThat(members.kind()).isEqualTo(ReferralForm.Kind.LIST_OF_OBJECTS);
        assertThat(members.items().stream().map(ReferralForm.Field::key))
                .contains("name", "dateOfBirth", "gender", "role", "schoolYear", "sen", "ethnicity");
        assertThat(members.items().stream().filter(f -> f.key().equals("gender")).findFirst().orElseThrow().values())
                .containsExactly("MALE", "FEMALE");
    }

    @Test
    void theFormsLabelsAreThePlainWordsOfEachCriterion() {
        assertThat(form.label("criterionCrimeAsb")).isEqualTo("Crime / anti-social behaviour");
        assertThat(form.label("localPoliceCallouts")).isEqualTo("Frequent police call-outs");
        assertThat(form.label("notAField")).isEqualTo("notAField");
    }

    @Test
    void aCaseEndsInTheStatusOfItsOutcomeAndTheStepsThatStartAStatusAreFamilyCasesOwn() {
        assertThat(ReferralStatus.endedWith("SIGNPOSTED")).isEqualTo(ReferralStatus.NOT_ELIGIBLE);
        assertThat(ReferralStatus.endedWith("REJECTED_BY_PANEL")).isEqualTo(ReferralStatus.REJECTED);
        assertThat(ReferralStatus.endedWith("NO_FURTHER_ACTION")).isEqualTo(ReferralStatus.NO_FURTHER_ACTION);
        // what happens within the work with the family is not the partner's: consent, outcomes
        assertThat(ReferralStatus.endedWith("CONSENT_REFUSED")).isEqualTo(ReferralStatus.CLOSED);
        assertThat(ReferralStatus.endedWith("TURNED_AROUND")).isEqualTo(ReferralStatus.CLOSED);
        assertThat(ReferralStatus.endedWith(null)).isEqualTo(ReferralStatus.CLOSED);
        assertThat(ReferralStatus.startedBy(null)).isEmpty();
        assertThat(ReferralStatus.startedBy(FamilyCaseElements.TASK_SEEK_CONSENT)).isEmpty();
    }

    @Test
    void everyStepNamedByAStatusIsInFamilyCase() {
        var model = org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(new java.io.File("processes/family-case.bpmn"));
        assertThat(ReferralStatus.STARTED_BY.keySet())
                .allSatisfy(id -> assertThat((Object) model.getModelElementById(id)).as(id).isNotNull());
    }

    @Test
    void aCallbackIsSignedWithTheHexHmacSha256OfItsBody() {
        // the published HMAC-SHA256 test value of this key and message
        assertThat(CallbackSignature.of("key", "The quick brown fox jumps over the lazy dog"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }
}
