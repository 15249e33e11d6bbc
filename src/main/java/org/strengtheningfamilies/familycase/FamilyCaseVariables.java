package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.familycase.ProcessVariable.bool;
import static org.strengtheningfamilies.familycase.ProcessVariable.date;
import static org.strengtheningfamilies.familycase.ProcessVariable.enumeration;
import static org.strengtheningfamilies.familycase.ProcessVariable.integer;
import static org.strengtheningfamilies.familycase.ProcessVariable.jsonList;
import static org.strengtheningfamilies.familycase.ProcessVariable.longNumber;
import static org.strengtheningfamilies.familycase.ProcessVariable.string;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.strengtheningfamilies.identification.IdentificationRoute;
import org.strengtheningfamilies.outcomes.ChildEducation;
import org.strengtheningfamilies.outcomes.OutcomeResult;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.panel.PanelDecision;
import org.strengtheningfamilies.payment.AuditDecision;
import org.strengtheningfamilies.payment.RejectedClaimDecision;
import org.strengtheningfamilies.referral.HouseholdMember;
import org.strengtheningfamilies.referral.ReferringAgency;
import org.strengtheningfamilies.support.DisengagementDecision;
import org.strengtheningfamilies.support.FurtherSupportDecision;
import org.strengtheningfamilies.support.PlanAction;
import org.strengtheningfamilies.support.ReviewEngagement;
import org.strengtheningfamilies.support.SupportAction;

/**
 * The variable contract of the {@code family-case} process, declared once. Forms, the REST API,
 * tests and reports speak these names: add freely, rename never. docs/variables.md describes each.
 */
public final class FamilyCaseVariables {

    private FamilyCaseVariables() {
    }

    public static final String PROCESS_KEY = "family-case";

    // referral
    public static final ProcessVariable<String> FAMILY_REF = string("familyRef");
    public static final ProcessVariable<String> REFERRED_BY = string("referredBy");
    public static final ProcessVariable<ReferringAgency> REFERRING_AGENCY = enumeration("referringAgency", ReferringAgency.class);
    public static final ProcessVariable<String> DISTRICT = string("district");
    public static final ProcessVariable<Boolean> RETROSPECTIVE = bool("retrospective");
    public static final ProcessVariable<Boolean> CRITERION_CRIME_ASB = bool("criterionCrimeAsb");
    public static final ProcessVariable<Boolean> CRITERION_EDUCATION = bool("criterionEducation");
    public static final ProcessVariable<Boolean> CRITERION_WORK = bool("criterionWork");
    public static final ProcessVariable<String> CRITERION_CRIME_ASB_EVIDENCE = string("criterionCrimeAsbEvidence");
    public static final ProcessVariable<String> CRITERION_EDUCATION_EVIDENCE = string("criterionEducationEvidence");
    public static final ProcessVariable<String> CRITERION_WORK_EVIDENCE = string("criterionWorkEvidence");
    public static final ProcessVariable<Boolean> LOCAL_DOMESTIC_ABUSE = bool("localDomesticAbuse");
    public static final ProcessVariable<Boolean> LOCAL_POLICE_CALLOUTS = bool("localPoliceCallouts");
    public static final ProcessVariable<Boolean> LOCAL_SUBSTANCE_MISUSE = bool("localSubstanceMisuse");
    public static final ProcessVariable<Boolean> LOCAL_HOUSING = bool("localHousing");
    public static final ProcessVariable<String> LOCAL_FILTERS_EVIDENCE = string("localFiltersEvidence");
    public static final ProcessVariable<List<HouseholdMember>> HOUSEHOLD_MEMBERS = jsonList("householdMembers", HouseholdMember.class);
    public static final ProcessVariable<List<String>> PRESENTING_ISSUES = jsonList("presentingIssues", String.class);

    // identification
    public static final ProcessVariable<Integer> NATIONAL_CRITERIA_COUNT = integer("nationalCriteriaCount");
    public static final ProcessVariable<Integer> LOCAL_FILTER_COUNT = integer("localFilterCount");
    public static final ProcessVariable<IdentificationRoute> IDENTIFICATION_ROUTE = enumeration("identificationRoute", IdentificationRoute.class);

    // panel
    public static final ProcessVariable<PanelDecision> PANEL_DECISION = enumeration("panelDecision", PanelDecision.class);
    public static final ProcessVariable<String> PANEL_REASON = string("panelReason");
    public static final ProcessVariable<Integer> NEED_LEVEL = integer("needLevel");
    public static final ProcessVariable<LeadService> LEAD_SERVICE = enumeration("leadService", LeadService.class);

    // allocation
    public static final ProcessVariable<String> KEY_WORKER = string("keyWorker");
    public static final ProcessVariable<String> KEY_WORKER_TEAM = string("keyWorkerTeam");
    public static final ProcessVariable<String> CAPACITY_NOTE = string("capacityNote");

    // consent
    public static final ProcessVariable<Boolean> CONSENT_GIVEN = bool("consentGiven");
    public static final ProcessVariable<String> CONSENT_NOTES = string("consentNotes");

    // Team Around the Family
    public static final ProcessVariable<LocalDate> TAF_DATE = date("tafDate");
    public static final ProcessVariable<List<String>> TAF_ATTENDEES = jsonList("tafAttendees", String.class);
    public static final ProcessVariable<String> TAF_NEEDS = string("tafNeeds");

    // plan
    public static final ProcessVariable<List<PlanAction>> PLAN_ACTIONS = jsonList("planActions", PlanAction.class);
    public static final ProcessVariable<List<String>> PLAN_RESOURCES = jsonList("planResources", String.class);
    public static final ProcessVariable<Boolean> PLAN_SIGNED_BY_ALL = bool("planSignedByAll");
    public static final ProcessVariable<String> PLAN_REVISION_NOTES = string("planRevisionNotes");
    public static final ProcessVariable<LocalDate> ATTACHMENT_DATE = date("attachmentDate");

    // intensive support
    public static final ProcessVariable<LocalDate> SUPPORT_END_DATE = date("supportEndDate");
    public static final ProcessVariable<Integer> SUPPORT_PERIODS = integer("supportPeriods");
    public static final ProcessVariable<SupportAction> SUPPORT_ACTION = enumeration("supportAction", SupportAction.class);
    public static final ProcessVariable<String> SUPPORT_ACTION_REASON = string("supportActionReason");
    public static final ProcessVariable<ReviewEngagement> REVIEW_ENGAGEMENT = enumeration("reviewEngagement", ReviewEngagement.class);
    public static final ProcessVariable<String> REVIEW_PROGRESS = string("reviewProgress");
    public static final ProcessVariable<String> REVIEW_CONCERNS = string("reviewConcerns");
    public static final ProcessVariable<DisengagementDecision> DISENGAGEMENT_DECISION = enumeration("disengagementDecision", DisengagementDecision.class);
    public static final ProcessVariable<String> DISENGAGEMENT_NOTES = string("disengagementNotes");

    // evidence
    public static final ProcessVariable<Integer> BASELINE_ASB_INCIDENTS = integer("baselineAsbIncidents");
    public static final ProcessVariable<Integer> AFTER_ASB_INCIDENTS = integer("afterAsbIncidents");
    public static final ProcessVariable<Integer> BASELINE_YOUTH_OFFENCES = integer("baselineYouthOffences");
    public static final ProcessVariable<Integer> AFTER_YOUTH_OFFENCES = integer("afterYouthOffences");
    public static final ProcessVariable<List<ChildEducation>> CHILDREN_EDUCATION = jsonList("childrenEducation", ChildEducation.class);
    public static final ProcessVariable<Boolean> PROGRESS_TO_WORK = bool("progressToWork");
    public static final ProcessVariable<Integer> CONTINUOUS_EMPLOYMENT_WEEKS = integer("continuousEmploymentWeeks");
    public static final ProcessVariable<String> EVIDENCE_NOTES = string("evidenceNotes");

    // results
    public static final ProcessVariable<OutcomeResult> EDUCATION_RESULT = enumeration("educationResult", OutcomeResult.class);
    public static final ProcessVariable<OutcomeResult> ASB_RESULT = enumeration("asbResult", OutcomeResult.class);
    public static final ProcessVariable<OutcomeResult> OFFENDING_RESULT = enumeration("offendingResult", OutcomeResult.class);
    public static final ProcessVariable<Boolean> CRIME_ASB_EDUCATION_RESULT = bool("crimeAsbEducationResult");
    public static final ProcessVariable<Boolean> PROGRESS_TO_WORK_RESULT = bool("progressToWorkResult");
    public static final ProcessVariable<Boolean> CONTINUOUS_EMPLOYMENT_RESULT = bool("continuousEmploymentResult");
    public static final ProcessVariable<Boolean> TURNED_AROUND = bool("turnedAround");

    // claim
    public static final ProcessVariable<Integer> PROGRAMME_YEAR = integer("programmeYear");
    public static final ProcessVariable<String> CLAIM_ID = string("claimId");
    public static final ProcessVariable<Long> CLAIM_AMOUNT_PENCE = longNumber("claimAmountPence");
    public static final ProcessVariable<List<String>> CLAIM_RESULT_TYPES = jsonList("claimResultTypes", String.class);
    public static final ProcessVariable<AuditDecision> AUDIT_DECISION = enumeration("auditDecision", AuditDecision.class);
    public static final ProcessVariable<String> AUDIT_REASON = string("auditReason");
    public static final ProcessVariable<String> CLAIM_REFERENCE = string("claimReference");
    public static final ProcessVariable<RejectedClaimDecision> REJECTED_CLAIM_DECISION = enumeration("rejectedClaimDecision", RejectedClaimDecision.class);
    public static final ProcessVariable<FurtherSupportDecision> FURTHER_SUPPORT_DECISION = enumeration("furtherSupportDecision", FurtherSupportDecision.class);
    public static final ProcessVariable<String> FURTHER_SUPPORT_NOTES = string("furtherSupportNotes");

    // closure
    public static final ProcessVariable<String> CASE_OUTCOME = string("caseOutcome");

    // evidence pre-filled from agency data (issue 4, datamatching.EvidencePrefillListener)
    public static final ProcessVariable<List<org.strengtheningfamilies.datamatching.PrefilledValue>> EVIDENCE_PREFILL =
            jsonList("evidencePrefill", org.strengtheningfamilies.datamatching.PrefilledValue.class);
    public static final ProcessVariable<String> EVIDENCE_CORRECTION_REASON = string("evidenceCorrectionReason");

    private static final List<ProcessVariable<?>> ALL = collect();

    /** Every variable of the contract, for the model tests and the documentation check. */
    public static List<ProcessVariable<?>> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(ProcessVariable::name).toList();
    }

    private static List<ProcessVariable<?>> collect() {
        List<ProcessVariable<?>> variables = new ArrayList<>();
        for (Field field : FamilyCaseVariables.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                try {
                    variables.add((ProcessVariable<?>) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableList(variables);
    }
}
