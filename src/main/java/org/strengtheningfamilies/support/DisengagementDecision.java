package org.strengtheningfamilies.support;

/** The coordinator's answer to a report of disengagement. */
public enum DisengagementDecision { CONTINUE_SUPPORT, VERIFY_OUTCOMES, CLOSE }
