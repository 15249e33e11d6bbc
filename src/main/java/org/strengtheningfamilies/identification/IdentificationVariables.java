package org.strengtheningfamilies.identification;

import static org.strengtheningfamilies.kernel.ProcessVariable.enumeration;
import static org.strengtheningfamilies.kernel.ProcessVariable.integer;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The inputs and the result of the route decision (identification-route.dmn).
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class IdentificationVariables {

    private IdentificationVariables() {
    }

    public static final ProcessVariable<Integer> NATIONAL_CRITERIA_COUNT = integer("nationalCriteriaCount");
    public static final ProcessVariable<Integer> LOCAL_FILTER_COUNT = integer("localFilterCount");
    public static final ProcessVariable<IdentificationRoute> IDENTIFICATION_ROUTE = enumeration("identificationRoute", IdentificationRoute.class).labelled("Identification route");
}
