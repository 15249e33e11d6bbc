package org.strengtheningfamilies.payment;

/** The coordinator's answer to a claim that internal audit rejected. */
public enum RejectedClaimDecision { REVISE_EVIDENCE, ACCEPT_REJECTION }
