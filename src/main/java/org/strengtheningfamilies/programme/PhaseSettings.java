package org.strengtheningfamilies.programme;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Everything that differs between programme phases: the preset of {@link ProgrammePresets} with a
 * council's overrides applied ({@link ProgrammePhases}).
 *
 * @param startDate            the first day of programme year 1 (years run a full year from it)
 * @param needs                the phase's needs: for 2012–15 the national criteria and local filters
 * @param minimumNeeds         how many of the needs a family must have (the eligibility table's threshold,
 *                             for the forms and documents; the table itself decides), null for 2012–15
 * @param dependentChildRequired whether a family must have a dependent child or expect one
 * @param sustainPeriod        how long outcomes must hold after support ends; null when the phase has no
 *                             sustain check
 * @param claimAmountPence     the one results claim of a successful family; null when the phase pays nothing
 *                             per family by results (outcomes only), and for 2012–15, whose claims follow
 *                             the payment model (sf.payment.*)
 * @param attachmentFeePence   the upfront fee per family committed to (funding forecast), 0 when none
 * @param continuousEmploymentRoute whether an adult into continuous employment makes a successful family
 * @param referralForm         the Camunda Form a referral starts with (forms/)
 * @param eligibilityDecision  the DMN decision that decides eligibility (processes/)
 * @param successDecision      the DMN decision that decides success; null for 2012–15 (Java, OutcomeRules)
 */
public record PhaseSettings(ProgrammePhase phase, LocalDate startDate, int years, List<Need> needs,
                            Integer minimumNeeds, boolean dependentChildRequired, Period sustainPeriod,
                            Long claimAmountPence, long attachmentFeePence, boolean continuousEmploymentRoute,
                            String referralForm, String eligibilityDecision, String successDecision) {

    public PhaseSettings {
        if (phase == null || startDate == null) {
            throw new IllegalArgumentException("a phase needs its code and start date");
        }
        if (years < 1) {
            throw new IllegalArgumentException(phase + " must last 1 year or more (was " + years + ")");
        }
        needs = List.copyOf(needs);
        if (needs.stream().map(Need::code).distinct().count() != needs.size()) {
            throw new IllegalArgumentException(phase + " lists a need code twice: " + needs.stream().map(Need::code).toList());
        }
        if (minimumNeeds != null && (minimumNeeds < 1 || minimumNeeds > needs.size())) {
            throw new IllegalArgumentException(phase + ": the minimum number of needs must be 1 to " + needs.size()
                    + " (was " + minimumNeeds + ")");
        }
        if (sustainPeriod != null && (sustainPeriod.isNegative() || sustainPeriod.isZero())) {
            throw new IllegalArgumentException(phase + ": the sustain period must be positive (was " + sustainPeriod + ")");
        }
        if (claimAmountPence != null && claimAmountPence <= 0) {
            throw new IllegalArgumentException(phase + ": the claim amount must be more than 0 pence (was "
                    + claimAmountPence + "); leave it out for a phase that pays nothing by results");
        }
        if (attachmentFeePence < 0) {
            throw new IllegalArgumentException(phase + ": the attachment fee must be 0 or more (was " + attachmentFeePence + ")");
        }
        if (phase.judgedByNeeds() && (minimumNeeds == null || successDecision == null)) {
            throw new IllegalArgumentException(phase + " needs a minimum number of needs and a success table");
        }
    }

    public boolean hasSustainCheck() {
        return sustainPeriod != null;
    }

    /** Whether a successful family is claimed for (2012–15's results, or the later phases' one claim). */
    public boolean paysByResults() {
        return phase == ProgrammePhase.TF_2012 || claimAmountPence != null;
    }

    /** The last day of the phase's last programme year. */
    public LocalDate endDate() {
        return startDate.plusYears(years).minusDays(1);
    }

    public List<String> needCodes() {
        return needs.stream().map(Need::code).toList();
    }

    public Optional<Need> need(String code) {
        return needs.stream().filter(n -> n.code().equals(code)).findFirst();
    }
}
