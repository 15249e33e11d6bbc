package org.strengtheningfamilies.payment;

import java.util.ArrayList;
import java.util.List;

/**
 * The programme funding forecast of Table 4 and Appendix 4: how many families the department will
 * pay for, and what the council and the department each put in, year by year.
 *
 * <p>The department discounts the families a council works with by a deadweight: the share it
 * assumes existing services would have turned around anyway (1/6 in the report, whose own figures
 * use 1/6 although its text says 20%). The discounted total is rounded once and split so that the
 * years add up to it exactly: each year but the last is rounded on its own, and the last takes
 * whatever is left.
 *
 * <p>All arithmetic is in {@code long}. Where a contribution is not a whole number of pounds the
 * department's part is rounded half up and the council's part is the rest of the cost, and likewise
 * the results in arrears are the rest of the department's part after the upfront fee, so that
 * every row still adds up. The report's own inputs never need this.
 */
public final class FundingForecast {

    private final List<FundingYear> years;
    private final FundingTotals totals;

    /**
     * @param actualFamiliesByYear   the council's target (actual) families for programme year 1, 2, 3…
     * @param deadweightNumerator    the deadweight fraction's numerator (1 in the report)
     * @param deadweightDenominator  the deadweight fraction's denominator (6 in the report)
     * @param costPerFamilyPounds    the department's estimated cost of an intervention (£10,000)
     * @param departmentSharePercent the part of that cost the department pays by results (40)
     * @param upfrontPercentByYear   the part of the department's contribution paid upfront, per year
     */
    public FundingForecast(List<Integer> actualFamiliesByYear, int deadweightNumerator, int deadweightDenominator,
                           long costPerFamilyPounds, int departmentSharePercent, List<Integer> upfrontPercentByYear) {
        List<Integer> actuals = checkActuals(actualFamiliesByYear);
        checkDeadweight(deadweightNumerator, deadweightDenominator);
        if (costPerFamilyPounds < 0) {
            throw new IllegalArgumentException("costPerFamilyPounds must be 0 or more (was " + costPerFamilyPounds + ")");
        }
        checkPercent("departmentSharePercent", departmentSharePercent);
        List<Integer> upfront = checkUpfront(upfrontPercentByYear, actuals.size());

        long keptNumerator = (long) deadweightDenominator - deadweightNumerator;
        long actualTotal = actuals.stream().mapToLong(Integer::longValue).sum();
        long indicativeTotal = roundHalfUp(Math.multiplyExact(actualTotal, keptNumerator), deadweightDenominator);

        List<FundingYear> rows = new ArrayList<>();
        long indicativeSoFar = 0;
        for (int i = 0; i < actuals.size(); i++) {
            int year = i + 1;
            boolean last = year == actuals.size();
            long indicative = last
                    ? indicativeTotal - indicativeSoFar
                    : roundHalfUp(Math.multiplyExact((long) actuals.get(i), keptNumerator), deadweightDenominator);
            if (indicative < 0) {
                // earlier years rounded up by more than the last year's families can absorb
                throw new IllegalArgumentException("actualFamiliesByYear " + actuals
                        + " leaves year " + year + " a negative number of indicative families");
            }
            indicativeSoFar += indicative;
            long cost = Math.multiplyExact(indicative, costPerFamilyPounds);
            long department = roundHalfUp(Math.multiplyExact(cost, departmentSharePercent), 100);
            long upfrontFee = roundHalfUp(Math.multiplyExact(department, upfront.get(i)), 100);
            rows.add(new FundingYear(year, actuals.get(i), Math.toIntExact(indicative), cost - department, department,
                    upfrontFee, department - upfrontFee));
        }
        this.years = List.copyOf(rows);
        this.totals = new FundingTotals(
                Math.toIntExact(actualTotal),
                Math.toIntExact(indicativeTotal),
                rows.stream().mapToLong(FundingYear::councilContributionPounds).sum(),
                rows.stream().mapToLong(FundingYear::departmentContributionPounds).sum(),
                rows.stream().mapToLong(FundingYear::upfrontFeePounds).sum(),
                rows.stream().mapToLong(FundingYear::resultsInArrearsPounds).sum());
    }

    /** Milton Keynes' figures as in the report: Table 4 and Appendix 4. */
    public static FundingForecast miltonKeynes() {
        return new FundingForecast(List.of(141, 212, 72), 1, 6, 10_000, 40, List.of(80, 80, 80));
    }

    public List<FundingYear> years() {
        return years;
    }

    public FundingTotals totals() {
        return totals;
    }

    /** numerator / denominator rounded half up, for a numerator of 0 or more. */
    private static long roundHalfUp(long numerator, long denominator) {
        return Math.addExact(Math.multiplyExact(numerator, 2), denominator) / Math.multiplyExact(denominator, 2);
    }

    private static List<Integer> checkActuals(List<Integer> actuals) {
        if (actuals == null || actuals.isEmpty()) {
            throw new IllegalArgumentException("actualFamiliesByYear must give at least one year");
        }
        for (int i = 0; i < actuals.size(); i++) {
            Integer families = actuals.get(i);
            if (families == null || families < 0) {
                throw new IllegalArgumentException("actualFamiliesByYear for year " + (i + 1)
                        + " must be 0 or more (was " + families + ")");
            }
        }
        return List.copyOf(actuals);
    }

    private static void checkDeadweight(int numerator, int denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("deadweightDenominator must be more than 0 (was " + denominator + ")");
        }
        // a deadweight of 1 or more would leave no family for the department to pay for
        if (numerator < 0 || numerator >= denominator) {
            throw new IllegalArgumentException("deadweight " + numerator + "/" + denominator
                    + " must be at least 0 and less than 1 (deadweightNumerator must be 0 to deadweightDenominator - 1)");
        }
    }

    private static void checkPercent(String name, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException(name + " must be 0 to 100 (was " + percent + ")");
        }
    }

    private static List<Integer> checkUpfront(List<Integer> upfront, int years) {
        if (upfront == null || upfront.size() != years) {
            throw new IllegalArgumentException("upfrontPercentByYear must give one percentage for each of the "
                    + years + " years (was " + upfront + ")");
        }
        for (int i = 0; i < upfront.size(); i++) {
            Integer percent = upfront.get(i);
            if (percent == null) {
                throw new IllegalArgumentException("upfrontPercentByYear for year " + (i + 1) + " is required");
            }
            checkPercent("upfrontPercentByYear for year " + (i + 1), percent);
        }
        return List.copyOf(upfront);
    }
}
