package org.strengtheningfamilies.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Statistical disclosure control of the figures managers see, the way UK official statistics treat
 * small numbers (README "Roles"):
 * <ul>
 * <li><b>Primary suppression</b>: a count from 1 to {@code minimumCell − 1} (sf.reporting.minimum-cell,
 * default 5) is not shown ({@code [c]} in CSV, null in JSON), nor the percentage or amount that
 * would give it away. Zeros are shown.</li>
 * <li><b>Secondary suppression</b>: where figures add up to a total that is shown, a suppressed
 * figure could be worked out by subtraction; so while a sum has exactly one unshown figure, or its
 * unshown figures add up to fewer than {@code minimumCell}, the smallest shown figure of that sum is
 * suppressed too (the total itself when nothing else is left).</li>
 * <li><b>Release dates</b>: comparing the figures of two days would show the one family identified
 * in between, however large the counts. Managers' reports are therefore as at a release date: the
 * last day of a month by which at least {@code minimumCell} families have been identified since the
 * release before (a quiet month rolls into the next), and that is over. Asking for any day gives
 * the latest release on or before it; a day still to come gives the latest release so far.</li>
 * </ul>
 * The coordinator, who may read every case, sees exact figures as at any day.
 */
public final class DisclosureControl {

    private final int minimumCell;

    public DisclosureControl(int minimumCell) {
        if (minimumCell < 1) {
            throw new IllegalArgumentException("sf.reporting.minimum-cell must be 1 or more (was " + minimumCell + ")");
        }
        this.minimumCell = minimumCell;
    }

    public int minimumCell() {
        return minimumCell;
    }

    /** The plain-English rule, as the reports state it. */
    public String rule() {
        return "Figures from 1 to " + (minimumCell - 1) + " are not shown (– on the dashboard, [c] in CSV), nor any "
                + "figure, percentage or amount "
                + "that would let one be worked out from a total. Figures are as at the latest release date: the last "
                + "day of a month by which at least " + minimumCell + " more families had been identified since the "
                + "release before. The coordinator sees exact figures.";
    }

    /**
     * The latest release date on or before {@code asOf}; {@code programmeStart − 1 day} (nothing
     * released yet) when there is none.
     *
     * @param identifiedPerMonth how many families were identified in each month, up to asOf's month
     */
    public LocalDate releaseDate(LocalDate asOf, LocalDate programmeStart, NavigableMap<YearMonth, Long> identifiedPerMonth) {
        LocalDate release = programmeStart.minusDays(1);
        long since = 0;
        YearMonth first = YearMonth.from(programmeStart);
        if (!identifiedPerMonth.isEmpty() && identifiedPerMonth.firstKey().isBefore(first)) {
            first = identifiedPerMonth.firstKey();
        }
        for (YearMonth month = first; !month.atEndOfMonth().isAfter(asOf); month = month.plusMonths(1)) {
            since += identifiedPerMonth.getOrDefault(month, 0L);
            if (since >= minimumCell) {
                release = month.atEndOfMonth();
                since = 0;
            }
        }
        return release;
    }

    /**
     * A table of figures and the sums they make up. Add each figure ({@link #cell}) or a figure that
     * is never shown but is known to be part of a sum ({@link #hidden}), declare the sums
     * ({@link #sum}), then {@link #protect()} says which to suppress.
     */
    public final class Table {
        private final List<Long> values = new ArrayList<>();
        private final List<Boolean> shown = new ArrayList<>();
        private final List<int[]> sums = new ArrayList<>();

        public int cell(long value) {
            values.add(value);
            shown.add(true);
            return values.size() - 1;
        }

        public int hidden(long value) {
            values.add(value);
            shown.add(false);
            return values.size() - 1;
        }

        public int size() {
            return values.size();
        }

        /** {@code total} is the sum of {@code parts}. */
        public void sum(int total, int... parts) {
            int[] members = new int[parts.length + 1];
            members[0] = total;
            System.arraycopy(parts, 0, members, 1, parts.length);
            sums.add(members);
        }

        public void sum(int total, List<Integer> parts) {
            sum(total, parts.stream().mapToInt(Integer::intValue).toArray());
        }

        /** Which cells are suppressed, by index (hidden cells are reported as suppressed). */
        public boolean[] protect() {
            int n = values.size();
            boolean[] suppressed = new boolean[n];
            boolean[] sensitive = new boolean[n];
            for (int i = 0; i < n; i++) {
                long v = values.get(i);
                sensitive[i] = v > 0 && v < minimumCell;
                suppressed[i] = sensitive[i] || !shown.get(i);
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[] sum : sums) {
                    if (needsMore(sum, suppressed, sensitive)) {
                        int next = smallestShownPart(sum, suppressed);
                        if (next < 0 && shown.get(sum[0]) && !suppressed[sum[0]]) {
                            next = sum[0];
                        }
                        if (next >= 0) {
                            suppressed[next] = true;
                            sensitive[next] = true; // now it must be protected in its other sums too
                            changed = true;
                        }
                    }
                }
            }
            return suppressed;
        }

        private boolean needsMore(int[] sum, boolean[] suppressed, boolean[] sensitive) {
            int unshown = 0;
            long unshownTotal = 0;
            boolean protects = false;
            for (int member : sum) {
                if (suppressed[member]) {
                    unshown++;
                    unshownTotal += values.get(member);
                    protects |= sensitive[member];
                }
            }
            if (!protects) {
                return false;
            }
            boolean totalShown = !suppressed[sum[0]];
            // with the total shown, the unshown parts' sum is known: it must not pin a small figure down
            return unshown == 1 || (totalShown && unshownTotal < minimumCell);
        }

        private int smallestShownPart(int[] sum, boolean[] suppressed) {
            int best = -1;
            for (int k = 1; k < sum.length; k++) {
                int member = sum[k];
                if (!suppressed[member] && shown.get(member) && (best < 0 || better(member, best))) {
                    best = member;
                }
            }
            return best;
        }

        /** Smaller first, but a zero only when nothing else is left: suppressing a zero hides nothing. */
        private boolean better(int candidate, int best) {
            long c = values.get(candidate);
            long b = values.get(best);
            if ((c == 0) != (b == 0)) {
                return b == 0;
            }
            return c < b;
        }
    }

    public Table table() {
        return new Table();
    }

    /** The months' counts as a navigable map (for {@link #releaseDate}). */
    public static NavigableMap<YearMonth, Long> byMonth(Map<YearMonth, Long> counts) {
        return new java.util.TreeMap<>(counts);
    }
}
