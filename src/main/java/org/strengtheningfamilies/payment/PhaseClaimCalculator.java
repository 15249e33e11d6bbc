package org.strengtheningfamilies.payment;

import java.util.List;

import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;

/**
 * The later phases' results claims (DESIGN.md section 10): one claim of the phase's amount (£800 by
 * default) for a successful family, never a second one for the same family in the same phase, and
 * nothing in a phase that pays nothing by results. 2015-20 claims the route the family succeeded by:
 * significant and sustained progress against every need, else continuous employment.
 */
public class PhaseClaimCalculator {

    /**
     * @param alreadyClaimed whether a claim for this family in this phase was already recorded
     */
    public ClaimCalculation calculate(PhaseSettings phase, int programmeYear, boolean successful,
                                      boolean everyNeedAchieved, boolean continuousEmployment, boolean alreadyClaimed) {
        if (!phase.phase().judgedByNeeds()) {
            throw new IllegalArgumentException("2012-15 claims follow the payment model (ClaimCalculator)");
        }
        Long amount = phase.claimAmountPence();
        if (amount == null || !successful || alreadyClaimed) {
            return new ClaimCalculation(programmeYear, amount == null ? 0 : amount, alreadyClaimed && amount != null ? amount : 0,
                    List.of());
        }
        return new ClaimCalculation(programmeYear, amount, 0, List.of(new ClaimLine(resultType(phase.phase(),
                everyNeedAchieved, continuousEmployment), amount)));
    }

    static ResultType resultType(ProgrammePhase phase, boolean everyNeedAchieved, boolean continuousEmployment) {
        if (phase == ProgrammePhase.TF_2015) {
            return everyNeedAchieved || !continuousEmployment ? ResultType.SIGNIFICANT_SUSTAINED_PROGRESS
                    : ResultType.CONTINUOUS_EMPLOYMENT;
        }
        return ResultType.SUCCESSFUL_FAMILY_OUTCOME;
    }
}
