package org.strengtheningfamilies.outcomes;

/** How a family did against one measure; NOT_APPLICABLE when it had no such problem at referral. */
public enum OutcomeResult { MET, NOT_MET, NOT_APPLICABLE }
