package org.strengtheningfamilies.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Percentages as the reports print them, and ranks by an exact share. */
public final class Percentages {

    private Percentages() {
    }

    /** {@code part} as a percentage of {@code whole}, to one decimal place, half up; 0.0 of nothing. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** A share {@code part / whole} compared exactly (cross-multiplied), not by its rounded percentage. */
    public record Share(long part, long whole) {
        public Share {
            if (whole <= 0) {
                throw new IllegalArgumentException("a share needs a whole above 0 (was " + whole + ")");
            }
        }

        boolean greaterThan(Share other) {
            return Math.multiplyExact(part, other.whole) > Math.multiplyExact(other.part, whole);
        }
    }

    /**
     * The rank of {@code share} among {@code all} (which includes it): 1 for the highest; equal shares
     * share a rank ("equal 97th"), so the rank is one more than the number of strictly higher shares.
     */
    public static int rank(Share share, List<Share> all) {
        return 1 + (int) all.stream().filter(other -> other.greaterThan(share)).count();
    }
}
