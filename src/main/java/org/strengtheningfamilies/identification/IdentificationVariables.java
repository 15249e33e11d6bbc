package org.strengtheningfamilies.identification;

import static org.strengtheningfamilies.kernel.ProcessVariable.enumeration;
import static org.strengtheningfamilies.kernel.ProcessVariable.integer;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The inputs and the result of the route decision (identification-route.dmn for 2012-15, the phase's
 * eligibility table for the later phases).
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class IdentificationVariables {

    private IdentificationVariables() {
    }

    public static final ProcessVariable<Integer> NATIONAL_CRITERIA_COUNT = integer("nationalCriteriaCount");
    public static final ProcessVariable<Integer> LOCAL_FILTER_COUNT = integer("localFilterCount");
    /** The later phases: how many of the phase's needs the family has (the eligibility table's input). */
    public static final ProcessVariable<Integer> NEED_COUNT = integer("needCount").labelled("Number of needs");
    /** The later phases: a household member is a dependent child on the day of referral (DependentChildren). */
    public static final ProcessVariable<Boolean> DEPENDENT_CHILD = ProcessVariable.bool("dependentChild")
            .labelled("A dependent child in the household");
    public static final ProcessVariable<IdentificationRoute> IDENTIFICATION_ROUTE = enumeration("identificationRoute", IdentificationRoute.class).labelled("Identification route");
}
