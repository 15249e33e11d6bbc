package org.strengtheningfamilies.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.strengtheningfamilies.programme.PhaseSettings;

/**
 * The funding forecast of a later programme phase (DESIGN.md section 10), year by year of the phase:
 * <ul>
 * <li>2015-20: the attachment fee (£1,000) for each family the council commits to, paid upfront, and the
 * results claim (£800) for each family expected to succeed, paid in arrears;</li>
 * <li>2022-25: the results claim (£800) for each expected successful family outcome;</li>
 * <li>outcomes only: no results money (the programme is funded by grant), the families still forecast.</li>
 * </ul>
 * The amounts are the phase's settings ({@code attachmentFeePence}, {@code claimAmountPence}), so a council's
 * overrides flow through. 2012-15 keeps its own model ({@link FundingForecast}, Table 4). Money in pence.
 */
public final class PhaseFundingForecast {

    /** One programme year of the phase. */
    public record Year(int year, LocalDate from, LocalDate to, int familiesCommitted, int expectedSuccesses,
                       long attachmentFeesPence, long resultsPence) {

        public long totalPence() {
            return attachmentFeesPence + resultsPence;
        }
    }

    private final PhaseSettings phase;
    private final List<Year> years;

    /**
     * @param familiesCommitted  the families the council commits to work with, per programme year of the phase
     * @param expectedSuccesses  the families expected to succeed, per year (at most the families committed)
     */
    public PhaseFundingForecast(PhaseSettings phase, List<Integer> familiesCommitted, List<Integer> expectedSuccesses) {
        if (!phase.phase().judgedByNeeds()) {
            throw new IllegalArgumentException("the 2012 to 2015 forecast is Table 4's (FundingForecast)");
        }
        List<Integer> committed = perYear("families committed", familiesCommitted, phase.years());
        List<Integer> successes = perYear("expected successes", expectedSuccesses, phase.years());
        ProgrammeCalendar calendar = ProgrammeCalendar.of(phase);
        long fee = phase.attachmentFeePence();
        long claim = phase.claimAmountPence() == null ? 0 : phase.claimAmountPence();
        List<Year> rows = new ArrayList<>();
        for (int i = 0; i < phase.years(); i++) {
            int year = i + 1;
            if (successes.get(i) > committed.get(i)) {
                throw new IllegalArgumentException("expected successes in year " + year + " (" + successes.get(i)
                        + ") are more than the families committed (" + committed.get(i)
                        + "): results are paid for the families committed to");
            }
            rows.add(new Year(year, calendar.yearStart(year), calendar.yearEnd(year), committed.get(i), successes.get(i),
                    Math.multiplyExact(fee, committed.get(i)), Math.multiplyExact(claim, successes.get(i))));
        }
        this.phase = phase;
        this.years = List.copyOf(rows);
    }

    /**
     * Expected successes as a whole-number share of the families committed, rounded half up per year (exact
     * integer arithmetic).
     */
    public static List<Integer> atSuccessRate(List<Integer> familiesCommitted, int successRatePercent) {
        if (successRatePercent < 0 || successRatePercent > 100) {
            throw new IllegalArgumentException("successRate must be 0 to 100 (was " + successRatePercent + ")");
        }
        return familiesCommitted.stream()
                .map(n -> n == null ? null : Math.toIntExact((2L * n * successRatePercent + 100) / 200))
                .toList();
    }

    public PhaseSettings phase() {
        return phase;
    }

    public List<Year> years() {
        return years;
    }

    public Year totals() {
        return new Year(0, years.get(0).from(), years.get(years.size() - 1).to(),
                years.stream().mapToInt(Year::familiesCommitted).sum(), years.stream().mapToInt(Year::expectedSuccesses).sum(),
                years.stream().mapToLong(Year::attachmentFeesPence).sum(), years.stream().mapToLong(Year::resultsPence).sum());
    }

    private static List<Integer> perYear(String what, List<Integer> values, int years) {
        if (values == null || values.size() != years) {
            throw new IllegalArgumentException(what + " must give one number for each of the phase's " + years
                    + " years (was " + values + ")");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i) < 0) {
                throw new IllegalArgumentException(what + " for year " + (i + 1) + " must be 0 or more (was "
                        + values.get(i) + ")");
            }
        }
        return List.copyOf(values);
    }
}
