package org.strengtheningfamilies.payment;

/** One programme year of the funding forecast (a row of Table 4), in whole pounds. */
public record FundingYear(int year, int actualFamilies, int indicativeFamilies, long councilContributionPounds,
                          long departmentContributionPounds, long upfrontFeePounds, long resultsInArrearsPounds) {
}
