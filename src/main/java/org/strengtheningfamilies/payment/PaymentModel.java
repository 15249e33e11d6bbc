package org.strengtheningfamilies.payment;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How each programme year's maximum per family splits between the upfront attachment fee and the
 * results share.
 *
 * @param upfrontPercentByYear the upfront percentage for programme year 1, 2, 3…
 */
public record PaymentModel(String name, List<Integer> upfrontPercentByYear) {

    /** The report's own figures (Table 4): 80% upfront in every year. */
    public static final PaymentModel REPORT = new PaymentModel("REPORT", List.of(80, 80, 80));

    /** The national framework: upfront shrinks as the programme matures, so results weigh more. */
    public static final PaymentModel NATIONAL = new PaymentModel("NATIONAL", List.of(80, 60, 40));

    private static final Map<String, PaymentModel> PRESETS = Map.of(REPORT.name(), REPORT, NATIONAL.name(), NATIONAL);

    public PaymentModel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (upfrontPercentByYear == null || upfrontPercentByYear.isEmpty()) {
            throw new IllegalArgumentException("upfrontPercentByYear must give at least one year");
        }
        for (int i = 0; i < upfrontPercentByYear.size(); i++) {
            Integer percent = upfrontPercentByYear.get(i);
            if (percent == null || percent < 0 || percent > 100) {
                throw new IllegalArgumentException("upfrontPercentByYear for year " + (i + 1)
                        + " must be 0 to 100 (was " + percent + ")");
            }
        }
        upfrontPercentByYear = List.copyOf(upfrontPercentByYear);
    }

    /** A preset by name, as configured (case does not matter). */
    public static PaymentModel named(String name) {
        PaymentModel model = name == null ? null : PRESETS.get(name.trim().toUpperCase(Locale.ROOT));
        if (model == null) {
            throw new IllegalArgumentException("payment model '" + name + "' is not known; valid names are "
                    + REPORT.name() + ", " + NATIONAL.name());
        }
        return model;
    }

    public int upfrontPercent(int programmeYear) {
        if (programmeYear < 1 || programmeYear > upfrontPercentByYear.size()) {
            throw new IllegalArgumentException("payment model " + name + " has no programme year " + programmeYear
                    + " (it covers years 1 to " + upfrontPercentByYear.size() + ")");
        }
        return upfrontPercentByYear.get(programmeYear - 1);
    }
}
