package org.strengtheningfamilies.payment;

public enum AuditDecision { APPROVED, REJECTED }
