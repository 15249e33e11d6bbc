package org.strengtheningfamilies.support;

/** What a key worker can report at any time during intensive support. */
public enum SupportAction { STEP_UP, DISENGAGED }
