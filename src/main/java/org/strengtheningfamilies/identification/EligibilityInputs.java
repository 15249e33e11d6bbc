package org.strengtheningfamilies.identification;

import static org.strengtheningfamilies.referral.ReferralVariables.HOUSEHOLD_MEMBERS;
import static org.strengtheningfamilies.referral.ReferralVariables.NEEDS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.strengtheningfamilies.programme.PhaseSettings;

/**
 * What a later phase's eligibility table (eligibility-&lt;phase&gt;.dmn) decides on, as Java counts it: how many
 * of the phase's needs the family has, and whether the household has a dependent child today. Whether that
 * is enough (at least 2 of 6, a child and at least 3 of 10…) is the table's, the process designer's.
 */
public class EligibilityInputs {

    private final Clock clock;

    public EligibilityInputs(Clock clock) {
        this.clock = clock;
    }

    public record Inputs(int needCount, boolean dependentChild) {
    }

    public Inputs of(Map<String, ?> variables, PhaseSettings phase) {
        List<String> needs = NEEDS.find(variables).orElse(List.of());
        int count = (int) needs.stream().filter(code -> phase.need(code).isPresent()).distinct().count();
        boolean child = DependentChildren.any(HOUSEHOLD_MEMBERS.find(variables).orElse(List.of()), LocalDate.now(clock));
        return new Inputs(count, child);
    }
}
