package org.strengtheningfamilies.datamatching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_ASSESS_OUTCOMES;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_VERIFY_OUTCOMES;

import java.util.List;
import java.util.Map;

import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.CaseDataException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.outcomes.ChildEducation;
import org.strengtheningfamilies.outcomes.OutcomeVariables;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/** Task_VerifyOutcomes pre-filled from agency data, and the key worker's corrections kept. */
class EvidencePrefillTest extends FamilyCaseProcessTest {

    static final DataEvidence FROM_DATA = new DataEvidence(5, 2, 0, 0,
            List.of(new ChildEducation("Lee Smith", 20, 380, 1, false)), false, 0);

    ProcessInstance atVerification(String familyRef) {
        return startAt(TASK_VERIFY_OUTCOMES, attachedFamily(familyRef, "CFP", 3, "kw-cfp-1", "2012-10-15"));
    }

    /** The household of the referral: a school-age child with a school year, one without, a toddler and a 17-year-old. */
    static final String HOUSEHOLD = """
            [{"name":"Jo Smith","dateOfBirth":"1980-05-01","gender":"FEMALE","role":"ADULT"},
             {"name":"Lee Smith","dateOfBirth":"1998-02-11","gender":"MALE","role":"CHILD","schoolYear":10},
             {"name":"Amy Smith","dateOfBirth":"2001-03-01","gender":"FEMALE","role":"CHILD"},
             {"name":"Kit Smith","dateOfBirth":"2011-01-01","gender":"MALE","role":"CHILD"},
             {"name":"Sam Smith","dateOfBirth":"1995-11-20","gender":"MALE","role":"CHILD"}]""";

    ProcessInstance atVerificationWithHousehold(String familyRef) {
        return startAt(TASK_VERIFY_OUTCOMES, attachedFamily(familyRef, "CFP", 3, "kw-cfp-1", "2012-10-15")
                .putValue("householdMembers", org.camunda.spin.plugin.variable.SpinValues.jsonValue(HOUSEHOLD).create()));
    }

    @Test
    void theCaseListsItsSchoolAgeChildrenByNameWithTheirFiguresStillToGive() {
        ProcessInstance pi = atVerificationWithHousehold("MK-000406");

        assertThat(OutcomeVariables.CHILDREN_EDUCATION.convert(variable(pi, "childrenEducation")))
                .containsExactly(ChildEducation.named("Lee Smith"), ChildEducation.named("Amy Smith"));
        assertThat(variable(pi, "evidencePrefill")).as("nothing came from agency data").isNull();

        // the names are given, the figures are the key worker's to fill in: refused until they are
        VariableMap withoutSchoolFigures = evidence();
        withoutSchoolFigures.remove("childrenEducation");
        assertThatThrownBy(() -> complete(pi, TASK_VERIFY_OUTCOMES, withoutSchoolFigures)).rootCause()
                .isInstanceOfSatisfying(CaseDataException.class, refused -> assertThat(refused.problems()).startsWith(
                        new Problem("childrenEducation[1].possibleSessions",
                                "School-age children, item 1 (Lee Smith): “Possible sessions” is required."),
                        new Problem("childrenEducation[1].unauthorisedAbsenceSessions",
                                "School-age children, item 1 (Lee Smith): “Unauthorised absence (sessions)” is required."),
                        new Problem("childrenEducation[1].fixedExclusions",
                                "School-age children, item 1 (Lee Smith): “Fixed-term exclusions” is required."),
                        new Problem("childrenEducation[2].possibleSessions",
                                "School-age children, item 2 (Amy Smith): “Possible sessions” is required.")));
        assertThat(taskOf(pi, TASK_VERIFY_OUTCOMES)).as("still open").isNotNull();
    }

    @Test
    void theAgencyDataFillsTheFiguresOfTheChildrenItNamesAndTheOthersAreListedBesideThem() {
        agencyEvidence.put("MK-000407", FROM_DATA);
        ProcessInstance pi = atVerificationWithHousehold("MK-000407");

        assertThat(OutcomeVariables.CHILDREN_EDUCATION.convert(variable(pi, "childrenEducation"))).containsExactly(
                new ChildEducation("Lee Smith", 20, 380, 1, false), ChildEducation.named("Amy Smith"));

        // Amy's figures typed in beside the pre-filled row are no correction of agency data
        complete(pi, TASK_VERIFY_OUTCOMES, evidence().putValue("childrenEducation", org.camunda.spin.plugin.variable.SpinValues
                .jsonValue("""
                        [{"name":"Lee Smith","unauthorisedAbsenceSessions":20,"possibleSessions":380,"fixedExclusions":1,
                          "permanentlyExcluded":false},
                         {"name":"Amy Smith","unauthorisedAbsenceSessions":4,"possibleSessions":380,"fixedExclusions":0,
                          "permanentlyExcluded":false}]""").create()));
        assertThat(records.evidenceCorrections()).isEmpty();
        assertThat(timesEntered(pi, TASK_ASSESS_OUTCOMES)).isEqualTo(1);
    }

    @Test
    void aMatchedFamilysEvidenceIsPreFilledFromTheData() {
        agencyEvidence.put("MK-000401", FROM_DATA);
        ProcessInstance pi = atVerification("MK-000401");
        assertThat(variable(pi, "baselineAsbIncidents")).isEqualTo(5);
        assertThat(variable(pi, "afterAsbIncidents")).isEqualTo(2);
        assertThat(variable(pi, "baselineYouthOffences")).isEqualTo(0);
        assertThat(OutcomeVariables.CHILDREN_EDUCATION.convert(variable(pi, "childrenEducation")))
                .containsExactly(new ChildEducation("Lee Smith", 20, 380, 1, false));
        assertThat(variable(pi, "progressToWork")).isEqualTo(false);
        assertThat(EvidencePrefillVariables.EVIDENCE_PREFILL.convert(variable(pi, "evidencePrefill")))
                .extracting(PrefilledValue::variable).contains("baselineAsbIncidents", "childrenEducation");
    }

    @Test
    void confirmingThePreFilledEvidenceRecordsNoCorrection() {
        agencyEvidence.put("MK-000402", FROM_DATA);
        ProcessInstance pi = atVerification("MK-000402");
        // Tasklist sends every field back, numbers as it read them
        complete(pi, TASK_VERIFY_OUTCOMES, evidence());
        assertThat(records.evidenceCorrections()).isEmpty();
        assertThat(timesEntered(pi, TASK_ASSESS_OUTCOMES)).isEqualTo(1);
    }

    @Test
    void aChangedValueNeedsAReasonAndIsKeptWithWhoWhenAndWhy() {
        agencyEvidence.put("MK-000403", FROM_DATA);
        ProcessInstance pi = atVerification("MK-000403");
        VariableMap corrected = evidence().putValue("afterAsbIncidents", 3);
        assertThatThrownBy(() -> complete(pi, TASK_VERIFY_OUTCOMES, corrected))
                .rootCause().isInstanceOfSatisfying(CaseDataException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new Problem("evidenceCorrectionReason", "You changed figures pre-filled from agency "
                                + "data (ASB incidents, 6 months after: 2 to 3): say why in “Reason for correcting pre-filled figures”.")));
        assertThat(records.evidenceCorrections()).isEmpty();
        assertThat(taskOf(pi, TASK_VERIFY_OUTCOMES)).as("still open").isNotNull();

        engine.getIdentityService().setAuthenticatedUserId("kw-cfp-1");
        try {
            complete(pi, TASK_VERIFY_OUTCOMES, corrected.putValue("evidenceCorrectionReason",
                    "One incident in March was reported late by the police"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(records.evidenceCorrections()).hasSize(1);
        EvidenceCorrections.Correction c = records.evidenceCorrections().get(0);
        assertThat(c.familyRef()).isEqualTo("MK-000403");
        assertThat(c.variable()).isEqualTo("afterAsbIncidents");
        assertThat(c.prefilledValue()).isEqualTo("2");
        assertThat(c.submittedValue()).isEqualTo("3");
        assertThat(c.correctedBy()).isEqualTo("kw-cfp-1");
        assertThat(c.correctedAt()).isEqualTo(clock.instant());
        assertThat(c.reason()).contains("reported late");
        assertThat(historicVariable(pi, "afterAsbIncidents")).isEqualTo(3);
    }

    @Test
    void aChangedSchoolFigureIsACorrectionToo() {
        agencyEvidence.put("MK-000404", FROM_DATA);
        ProcessInstance pi = atVerification("MK-000404");
        VariableMap corrected = evidence().putValue("childrenEducation", org.camunda.spin.plugin.variable.SpinValues
                .jsonValue("[{\"name\":\"Lee Smith\",\"unauthorisedAbsenceSessions\":25,\"possibleSessions\":380,"
                        + "\"fixedExclusions\":1,\"permanentlyExcluded\":false}]").create())
                .putValue("evidenceCorrectionReason", "School sent corrected registers");
        complete(pi, TASK_VERIFY_OUTCOMES, corrected);
        assertThat(records.evidenceCorrections()).extracting(EvidenceCorrections.Correction::variable)
                .containsExactly("childrenEducation");
        assertThat(records.evidenceCorrections().get(0).submittedValue()).contains("\"unauthorisedAbsenceSessions\":25");
    }

    @Test
    void aFamilyNotFoundByMatchingGetsAnEmptyFormAndNoCorrections() {
        ProcessInstance pi = atVerification("MK-000405");
        assertThat(variable(pi, "baselineAsbIncidents")).isNull();
        assertThat(variable(pi, "evidencePrefill")).isNull();
        complete(pi, TASK_VERIFY_OUTCOMES, evidence());
        assertThat(records.evidenceCorrections()).isEmpty();
        assertThat(timesEntered(pi, TASK_ASSESS_OUTCOMES)).isEqualTo(1);
    }

    @Test
    void valuesTheKeyWorkerAlreadyGaveAreNotOverwritten() {
        agencyEvidence.put("MK-000406", FROM_DATA);
        Map<String, Object> family = attachedFamily("MK-000406", "CFP", 3, "kw-cfp-1", "2012-10-15")
                .putValue("afterAsbIncidents", 1);
        ProcessInstance pi = startAt(TASK_VERIFY_OUTCOMES, family);
        assertThat(variable(pi, "afterAsbIncidents")).isEqualTo(1);
        assertThat(EvidencePrefillVariables.EVIDENCE_PREFILL.convert(variable(pi, "evidencePrefill")))
                .extracting(PrefilledValue::variable).doesNotContain("afterAsbIncidents");
    }
}
