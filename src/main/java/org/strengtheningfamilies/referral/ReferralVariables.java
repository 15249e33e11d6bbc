package org.strengtheningfamilies.referral;

import static org.strengtheningfamilies.kernel.ProcessVariable.bool;
import static org.strengtheningfamilies.kernel.ProcessVariable.enumeration;
import static org.strengtheningfamilies.kernel.ProcessVariable.jsonList;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.util.List;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * What a referral records (DESIGN.md section 9, "referral"): the household, who put it forward and the evidence for each criterion and local filter.
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class ReferralVariables {

    private ReferralVariables() {
    }

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
}
