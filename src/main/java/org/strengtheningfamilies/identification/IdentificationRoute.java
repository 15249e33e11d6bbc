package org.strengtheningfamilies.identification;

/** The route a household qualifies by (DESIGN.md section 3); decided by identification-route.dmn. */
public enum IdentificationRoute { THREE_CRITERIA, TWO_PLUS_LOCAL, NOT_ELIGIBLE }
