package org.strengtheningfamilies.payment;

/**
 * The results a family's payment-by-results claim can be for; each is paid at most once. 2012-15 claims
 * CRIME_ASB_EDUCATION, PROGRESS_TO_WORK and CONTINUOUS_EMPLOYMENT; 2015-20 one SIGNIFICANT_SUSTAINED_PROGRESS
 * or CONTINUOUS_EMPLOYMENT claim; Supporting Families one SUCCESSFUL_FAMILY_OUTCOME claim.
 */
public enum ResultType {
    CRIME_ASB_EDUCATION, PROGRESS_TO_WORK, CONTINUOUS_EMPLOYMENT, SIGNIFICANT_SUSTAINED_PROGRESS, SUCCESSFUL_FAMILY_OUTCOME
}
