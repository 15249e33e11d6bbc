package org.strengtheningfamilies.identification;

/** The route a household qualifies by (DESIGN.md section 3); decided by identification-route.dmn. */
public enum IdentificationRoute {
    THREE_CRITERIA, TWO_PLUS_LOCAL, NOT_ELIGIBLE;

    /** The decision's key in processes/identification-route.dmn (family-case and the data matching run use it). */
    public static final String DECISION_KEY = "identification-route";
}
