package org.strengtheningfamilies.payment;

/** The results a family's payment-by-results claim can be for; each is paid at most once. */
public enum ResultType { CRIME_ASB_EDUCATION, PROGRESS_TO_WORK, CONTINUOUS_EMPLOYMENT }
