package org.strengtheningfamilies.programme;

import static org.strengtheningfamilies.programme.Need.headline;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Each phase's defaults, from the published guidance (DESIGN.md section 10): years, needs, thresholds,
 * sustain period and money. A council overrides any of them (sf.phases.*, docs/programmes.md).
 */
public final class ProgrammePresets {

    /** How long the later phases' outcomes must hold after support ends. */
    public static final Period SUSTAIN_PERIOD = Period.ofMonths(6);
    /** £800: the later phases' one results claim per successful family. */
    public static final long RESULTS_CLAIM_PENCE = 80_000L;
    /** £1,000: the 2015–20 attachment fee, paid upfront for the families a council commits to. */
    public static final long TF_2015_ATTACHMENT_FEE_PENCE = 100_000L;

    private ProgrammePresets() {
    }

    /**
     * 2012–15 as DESIGN.md sections 3 to 5 describe it. Its calendar, local filters and money keep their
     * own settings (sf.programme.start-date and years, sf.identification.local-filters, sf.payment.*).
     */
    public static PhaseSettings tf2012(LocalDate startDate, int years, List<String> localFilters) {
        List<Need> needs = new java.util.ArrayList<>(List.of(
                new Need("CRIME_ASB", Need.Kind.NATIONAL_CRITERION, "Crime / anti-social behaviour",
                        "A member under 18 with a proven offence, or any member with an ASB order, injunction, contract or "
                                + "housing-related ASB intervention, in the last 12 months.",
                        "Tick the criterion and give the offence or ASB intervention with its date.",
                        "Household ASB incidents down 60% and offences by under-18s down 33% (6 months after attachment "
                                + "against the 6 months before).", List.of("police"), "criterionCrimeAsb"),
                new Need("EDUCATION", Need.Kind.NATIONAL_CRITERION, "Education",
                        "A child permanently excluded, with 3 or more fixed-term exclusions in the last 3 terms, in a pupil "
                                + "referral unit or alternative provision, not on a school roll, or with 15% or more "
                                + "unauthorised absence over the last 3 terms.",
                        "Tick the criterion and give the exclusions or absence with the school.",
                        "Every school-age child below 15% unauthorised absence, fewer than 3 fixed exclusions and not "
                                + "permanently excluded over the last 3 terms.", List.of("schools"), "criterionEducation"),
                new Need("WORK", Need.Kind.NATIONAL_CRITERION, "Work",
                        "An adult on out-of-work benefits.",
                        "Tick the criterion and give the benefit and since when.",
                        "Progress to work (Work Programme or ESF), or continuous employment for the configured weeks.",
                        List.of("dwp"), "criterionWork")));
        for (String filter : localFilters) {
            needs.add(new Need(localFilterCode(filter), Need.Kind.LOCAL_FILTER, localFilterTitle(filter),
                    "A local filter of the council (sf.identification.local-filters).",
                    "Tick the filter and give the evidence under the local filters.",
                    "Not judged on its own: it counts towards the route at identification.", List.of(), filter));
        }
        return new PhaseSettings(ProgrammePhase.TF_2012, startDate, years, needs, null, false, null, null, 0, true,
                "referral", "identification-route", null);
    }

    public static PhaseSettings tf2015() {
        return new PhaseSettings(ProgrammePhase.TF_2015, LocalDate.of(2015, 4, 1), 5, TF_2015_NEEDS, 2, false, null,
                RESULTS_CLAIM_PENCE, TF_2015_ATTACHMENT_FEE_PENCE, true, "referral-tf-2015", "eligibility-tf-2015",
                "success-tf-2015");
    }

    public static PhaseSettings sf2022() {
        return new PhaseSettings(ProgrammePhase.SF_2022, LocalDate.of(2022, 4, 1), 3, SF_2022_NEEDS, 3, true,
                SUSTAIN_PERIOD, RESULTS_CLAIM_PENCE, 0, false, "referral-sf-2022", "eligibility-sf-2022",
                "success-sf-2022");
    }

    /** As SF_2022 (Earned Autonomy areas, the Families First Partnership from April 2025), funded by grant. */
    public static PhaseSettings outcomesOnly() {
        return new PhaseSettings(ProgrammePhase.OUTCOMES_ONLY, LocalDate.of(2025, 4, 1), 3, SF_2022_NEEDS, 3, true,
                SUSTAIN_PERIOD, null, 0, false, "referral-sf-2022", "eligibility-outcomes-only",
                "success-outcomes-only");
    }

    /** The six headline problems of 2015–20. */
    static final List<Need> TF_2015_NEEDS = List.of(
            headline("CRIME_ASB", "Crime and anti-social behaviour",
                    "Parents or children involved in crime or anti-social behaviour.",
                    "A proven offence, an ASB order, injunction or warning, or repeated police call-outs in the last 12 months.",
                    "Offending and anti-social behaviour down significantly and the fall sustained.", "police"),
            headline("SCHOOL_ATTENDANCE", "School attendance",
                    "Children who have not been attending school regularly.",
                    "Persistent unauthorised absence, fixed-term or permanent exclusions, alternative provision, or a child "
                            + "not on a school roll.",
                    "Every child attending regularly over the last 3 terms, with no further exclusions.", "schools"),
            headline("CHILDREN_NEED_HELP", "Children who need help",
                    "Children in need, on a child protection plan, or identified as needing early help.",
                    "A child in need or child protection plan, or an early help assessment naming the child.",
                    "The child's needs met: the plan stepped down or closed, or the early help goals reached.", "social-care"),
            headline("WORKLESSNESS_FINANCIAL", "Worklessness and financial exclusion",
                    "Adults out of work or at risk of financial exclusion; young people at risk of worklessness.",
                    "An adult on out-of-work benefits, problem debt or rent arrears, or a young person not in education, "
                            + "employment or training.",
                    "Progress to work, debts under control, or the young person in education, employment or training.",
                    "dwp", "housing"),
            headline("DOMESTIC_ABUSE", "Domestic violence and abuse",
                    "Families affected by domestic violence and abuse.",
                    "A police domestic abuse flag, a MARAC referral, or abuse disclosed to a professional.",
                    "No further incidents, and the family safe with support in place.", "police"),
            headline("HEALTH", "Health",
                    "Parents and children with a range of health problems.",
                    "Mental or physical health problems, or drug or alcohol misuse, affecting the family.",
                    "Engaged with the right treatment or support, and the problem's effect on the family reduced.",
                    "substance-misuse"));

    /** The ten headline needs of Supporting Families 2022–25 (and the outcomes-only programmes). */
    static final List<Need> SF_2022_NEEDS = List.of(
            headline("EDUCATION", "Getting a good education",
                    "Children not attending or engaging with school, excluded, or not in education, employment or training.",
                    "Persistent absence, suspensions or exclusion, alternative provision, or a young person not in "
                            + "education, employment or training.",
                    "Good attendance and engagement sustained over the last 3 terms, or the young person in education, "
                            + "employment or training.", "schools"),
            headline("EARLY_YEARS", "Good early years development",
                    "A child under 5 whose development, or whose parents' care, needs support.",
                    "Concerns from the health visitor or early years setting, or parents needing help with parenting.",
                    "Development on track at the next review, and parents using the support offered."),
            headline("HEALTH", "Improved mental and physical health",
                    "Family members with mental or physical health needs that affect the family.",
                    "A diagnosis, a GP or school concern, or a health problem that stops a parent caring or working.",
                    "Engaged with treatment or support, and the health need no longer harming the family."),
            headline("SUBSTANCE_USE", "Promoting recovery and reducing harm from substance use",
                    "Drug or alcohol misuse by a parent or young person.",
                    "Treatment records, police or professional concern about drug or alcohol use.",
                    "In treatment or recovery, and harm to the family reduced.", "substance-misuse"),
            headline("FAMILY_RELATIONSHIPS", "Improved family relationships",
                    "Conflict between parents, or between parents and children, that harms the children.",
                    "Parental conflict, a child at risk of family breakdown, or harmful parenting seen by professionals.",
                    "Relationships improved by the family's own account and the professionals' around it."),
            headline("CHILD_SAFETY", "Children safe from abuse and exploitation",
                    "Children at risk of abuse, neglect or exploitation, or missing from home.",
                    "A child in need or child protection plan, exploitation concerns, or missing episodes.",
                    "The child safe: risks reduced and the plan stepped down or closed.", "social-care"),
            headline("CRIME", "Crime prevention and tackling crime",
                    "Family members involved in crime or anti-social behaviour, as offenders or at risk.",
                    "A proven offence, ASB intervention, or police concern in the last 12 months.",
                    "No further offending or anti-social behaviour, or a significant reduction sustained.", "police"),
            headline("DOMESTIC_ABUSE", "Safe from domestic abuse",
                    "A family member experiencing or using domestic abuse.",
                    "A police domestic abuse flag, a MARAC referral, or abuse disclosed to a professional.",
                    "No further incidents, and the family safe with support in place.", "police"),
            headline("HOUSING", "Secure housing",
                    "A family homeless, at risk of losing its home, or in unsuitable housing.",
                    "Rent arrears, a notice or eviction risk, temporary accommodation, or overcrowding.",
                    "A secure, suitable home with the tenancy sustained.", "housing"),
            headline("FINANCIAL_STABILITY", "Financial stability",
                    "Adults out of work, in problem debt, or unable to meet the family's basic needs.",
                    "Out-of-work benefits, problem debt, or professionals' concern about money.",
                    "An adult in work or progressing to it, or debts managed and basic needs met.", "dwp"));

    /** localDomesticAbuse → DOMESTIC_ABUSE; a council's own filter gets its own code the same way. */
    static String localFilterCode(String variable) {
        String name = variable.startsWith("local") && variable.length() > 5 ? variable.substring(5) : variable;
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private static String localFilterTitle(String variable) {
        return switch (variable) {
            case "localDomesticAbuse" -> "Domestic abuse";
            case "localPoliceCallouts" -> "Frequent police call-outs";
            case "localSubstanceMisuse" -> "Substance misuse";
            case "localHousing" -> "Housing issues";
            default -> localFilterCode(variable).charAt(0) + localFilterCode(variable).substring(1)
                    .toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
