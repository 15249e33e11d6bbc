package org.strengtheningfamilies.identification;

import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_CRIME_ASB;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_EDUCATION;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_WORK;

import java.util.List;
import java.util.Map;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * Counts what the route table (identification-route.dmn) decides on: how many national criteria
 * the household meets and how many local filters apply. The local filters are configuration, so a
 * council adds its own by naming a new boolean variable (and a checkbox on the referral form).
 */
public class IdentificationCriteria {

    private final List<ProcessVariable<Boolean>> localFilters;

    public IdentificationCriteria(List<String> localFilterVariables) {
        this.localFilters = localFilterVariables.stream().map(ProcessVariable::bool).toList();
    }

    public record Counts(int nationalCriteria, int localFilters) {
    }

    public Counts count(Map<String, ?> variables) {
        int national = 0;
        for (ProcessVariable<Boolean> criterion : List.of(CRITERION_CRIME_ASB, CRITERION_EDUCATION, CRITERION_WORK)) {
            if (Boolean.TRUE.equals(criterion.get(variables))) {
                national++;
            }
        }
        int local = 0;
        for (ProcessVariable<Boolean> filter : localFilters) {
            if (Boolean.TRUE.equals(filter.get(variables))) {
                local++;
            }
        }
        return new Counts(national, local);
    }
}
