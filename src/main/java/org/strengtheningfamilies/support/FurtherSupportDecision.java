package org.strengtheningfamilies.support;

/** The coordinator's choice for a family that was not turned around. */
public enum FurtherSupportDecision { FURTHER_SUPPORT, CLOSE }
