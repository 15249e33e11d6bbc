package org.strengtheningfamilies.payment;

/** The whole programme's funding forecast (the totals row of Table 4), in whole pounds. */
public record FundingTotals(int actualFamilies, int indicativeFamilies, long councilContributionPounds,
                            long departmentContributionPounds, long upfrontFeePounds, long resultsInArrearsPounds) {
}
