package org.strengtheningfamilies.outcomes;

import java.util.List;
import java.util.stream.Stream;

/**
 * The outcome rules of the payment-by-results framework (DESIGN.md section 4).
 *
 * <p>Percentage thresholds are compared by cross-multiplying in {@code long}: a fraction such as
 * 33% of 100 offences must land exactly on the boundary, which floating point cannot promise, and
 * the products of two {@code int} counts can exceed {@code int}.
 */
public class OutcomeRules {

    public static final int DEFAULT_CONTINUOUS_EMPLOYMENT_WEEKS = 13;

    /** Unauthorised absence must stay below this share of possible sessions. */
    static final long ABSENCE_LIMIT_PERCENT = 15;
    /** This many fixed exclusions in 3 terms is already too many. */
    static final int FIXED_EXCLUSION_LIMIT = 3;
    static final long ASB_REDUCTION_PERCENT = 60;
    static final long OFFENDING_REDUCTION_PERCENT = 33;

    private final int continuousEmploymentWeeksRequired;

    public OutcomeRules() {
        this(DEFAULT_CONTINUOUS_EMPLOYMENT_WEEKS);
    }

    public OutcomeRules(int continuousEmploymentWeeksRequired) {
        if (continuousEmploymentWeeksRequired < 1) {
            throw new IllegalArgumentException("continuousEmploymentWeeksRequired must be 1 or more (was "
                    + continuousEmploymentWeeksRequired + ")");
        }
        this.continuousEmploymentWeeksRequired = continuousEmploymentWeeksRequired;
    }

    public int continuousEmploymentWeeksRequired() {
        return continuousEmploymentWeeksRequired;
    }

    public OutcomeResults assess(OutcomeEvidence e) {
        OutcomeResult education = education(e.educationApplies(), e.childrenEducation());
        OutcomeResult asb = asb(e.baselineAsbIncidents(), e.afterAsbIncidents());
        OutcomeResult offending = youthOffending(e.baselineYouthOffences(), e.afterYouthOffences());
        boolean crimeAsbEducation = crimeAsbEducation(education, asb, offending);
        boolean continuousEmployment = continuousEmployment(e.continuousEmploymentWeeks());
        return new OutcomeResults(education, asb, offending, crimeAsbEducation, e.progressToWork(),
                continuousEmployment, crimeAsbEducation || continuousEmployment);
    }

    /**
     * Applicable only when education was a criterion at referral. An applicable measure with no
     * children listed is not met: nothing evidences it, and a claim must be evidenced.
     */
    public OutcomeResult education(boolean applies, List<ChildEducation> children) {
        if (!applies) {
            return OutcomeResult.NOT_APPLICABLE;
        }
        List<ChildEducation> checked = children == null ? List.of() : OutcomeEvidence.checkChildren(children);
        if (checked.isEmpty()) {
            return OutcomeResult.NOT_MET;
        }
        return checked.stream().allMatch(OutcomeRules::backInSchool) ? OutcomeResult.MET : OutcomeResult.NOT_MET;
    }

    // A child with no possible sessions has no attendance to show, so cannot count as attending.
    private static boolean backInSchool(ChildEducation child) {
        return child.fixedExclusions() < FIXED_EXCLUSION_LIMIT
                && !child.permanentlyExcluded()
                && (long) child.unauthorisedAbsenceSessions() * 100 < ABSENCE_LIMIT_PERCENT * child.possibleSessions();
    }

    /** Applicable when the household had anti-social behaviour in the 6 months before. */
    public OutcomeResult asb(int baseline, int after) {
        return reduction("baselineAsbIncidents", baseline, "afterAsbIncidents", after, ASB_REDUCTION_PERCENT);
    }

    /** Applicable when members under 18 offended in the 6 months before. */
    public OutcomeResult youthOffending(int baseline, int after) {
        return reduction("baselineYouthOffences", baseline, "afterYouthOffences", after, OFFENDING_REDUCTION_PERCENT);
    }

    public boolean continuousEmployment(int weeks) {
        OutcomeEvidence.notNegative("continuousEmploymentWeeks", weeks);
        return weeks >= continuousEmploymentWeeksRequired;
    }

    private static OutcomeResult reduction(String baselineName, int baseline, String afterName, int after,
                                           long requiredPercent) {
        OutcomeEvidence.notNegative(baselineName, baseline);
        OutcomeEvidence.notNegative(afterName, after);
        if (baseline == 0) {
            return OutcomeResult.NOT_APPLICABLE;
        }
        long fall = (long) baseline - after;
        return fall * 100 >= requiredPercent * baseline ? OutcomeResult.MET : OutcomeResult.NOT_MET;
    }

    // With nothing applicable there is no problem that was solved, so no result to claim.
    private static boolean crimeAsbEducation(OutcomeResult... results) {
        List<OutcomeResult> applicable = Stream.of(results).filter(r -> r != OutcomeResult.NOT_APPLICABLE).toList();
        return !applicable.isEmpty() && applicable.stream().allMatch(r -> r == OutcomeResult.MET);
    }
}
