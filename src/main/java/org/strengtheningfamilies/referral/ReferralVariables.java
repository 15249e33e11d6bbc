package org.strengtheningfamilies.referral;

import static org.strengtheningfamilies.kernel.ProcessVariable.bool;
import static org.strengtheningfamilies.kernel.ProcessVariable.enumeration;
import static org.strengtheningfamilies.kernel.ProcessVariable.jsonList;
import static org.strengtheningfamilies.kernel.ProcessVariable.jsonTextMap;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.util.List;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * What a referral records (DESIGN.md sections 9 and 10, "referral"): the household, who put it forward and the evidence
 * for each criterion and local filter (2012-15) or for each need (the later phases).
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class ReferralVariables {

    private ReferralVariables() {
    }

    public static final ProcessVariable<String> FAMILY_REF = string("familyRef").labelled("Family reference");
    public static final ProcessVariable<String> REFERRED_BY = string("referredBy");
    public static final ProcessVariable<ReferringAgency> REFERRING_AGENCY = enumeration("referringAgency", ReferringAgency.class).labelled("Referring agency");
    public static final ProcessVariable<String> DISTRICT = string("district").labelled("District");
    public static final ProcessVariable<Boolean> RETROSPECTIVE = bool("retrospective").labelled("Previously worked with: attach retrospectively (starts at outcome verification)");
    public static final ProcessVariable<Boolean> CRITERION_CRIME_ASB = bool("criterionCrimeAsb").labelled("Crime / anti-social behaviour");
    public static final ProcessVariable<Boolean> CRITERION_EDUCATION = bool("criterionEducation").labelled("Education");
    public static final ProcessVariable<Boolean> CRITERION_WORK = bool("criterionWork").labelled("Work");
    public static final ProcessVariable<String> CRITERION_CRIME_ASB_EVIDENCE = string("criterionCrimeAsbEvidence").labelled("Evidence for crime / anti-social behaviour");
    public static final ProcessVariable<String> CRITERION_EDUCATION_EVIDENCE = string("criterionEducationEvidence").labelled("Evidence for education");
    public static final ProcessVariable<String> CRITERION_WORK_EVIDENCE = string("criterionWorkEvidence").labelled("Evidence for work");
    public static final ProcessVariable<Boolean> LOCAL_DOMESTIC_ABUSE = bool("localDomesticAbuse").labelled("Domestic abuse");
    public static final ProcessVariable<Boolean> LOCAL_POLICE_CALLOUTS = bool("localPoliceCallouts").labelled("Frequent police call-outs");
    public static final ProcessVariable<Boolean> LOCAL_SUBSTANCE_MISUSE = bool("localSubstanceMisuse").labelled("Substance misuse");
    public static final ProcessVariable<Boolean> LOCAL_HOUSING = bool("localHousing").labelled("Housing issues");
    public static final ProcessVariable<String> LOCAL_FILTERS_EVIDENCE = string("localFiltersEvidence").labelled("Evidence for the local filters");
    public static final ProcessVariable<List<HouseholdMember>> HOUSEHOLD_MEMBERS = jsonList("householdMembers", HouseholdMember.class).labelled("Household members");
    public static final ProcessVariable<List<String>> PRESENTING_ISSUES = jsonList("presentingIssues", String.class).labelled("Presenting issues");
    /** The later phases: the phase's need codes the referral shows (the panel and the assessment may amend them). */
    public static final ProcessVariable<List<String>> NEEDS = jsonList("needs", String.class).labelled("Needs the family has");
    /** The later phases: the evidence for each need, by need code. */
    public static final ProcessVariable<java.util.Map<String, String>> NEEDS_EVIDENCE = jsonTextMap("needsEvidence")
            .labelled("Evidence for each need");
    /** SF_2022 and outcomes only: a household without a dependent child counts as having one when true. */
    public static final ProcessVariable<Boolean> EXPECTING_CHILD = bool("expectingChild").labelled("Expecting a child");
}
