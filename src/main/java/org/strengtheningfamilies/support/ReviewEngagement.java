package org.strengtheningfamilies.support;

public enum ReviewEngagement { GOOD, PARTIAL, NONE }
