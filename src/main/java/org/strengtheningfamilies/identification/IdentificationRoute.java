package org.strengtheningfamilies.identification;

/**
 * The route a household qualifies by: 2012-15's THREE_CRITERIA or TWO_PLUS_LOCAL (DESIGN.md section 3,
 * identification-route.dmn), the later phases' ELIGIBLE (their eligibility tables); NOT_ELIGIBLE in every phase.
 */
public enum IdentificationRoute {
    THREE_CRITERIA, TWO_PLUS_LOCAL, ELIGIBLE, NOT_ELIGIBLE;

    /** The decision's key in processes/identification-route.dmn (family-case and the data matching run use it). */
    public static final String DECISION_KEY = "identification-route";
}
