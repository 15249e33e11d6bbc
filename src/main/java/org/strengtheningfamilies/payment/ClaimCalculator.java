package org.strengtheningfamilies.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The results payments of the payment-by-results framework (DESIGN.md section 5, per family).
 *
 * <p>Each programme year's maximum per family splits into an upfront fee, paid on attachment and
 * not claimed here, and a results share S. Crime/ASB/education earns 7/8 of S and progress to work
 * the rest; continuous employment earns the whole of S instead. A family never earns more than S,
 * so a later, better result only tops up what earlier claims left.
 */
public class ClaimCalculator {

    /** 40% of the department's £10,000 estimated cost of an intervention. */
    public static final long DEFAULT_MAXIMUM_PER_FAMILY_PENCE = 400_000L;

    private final long maximumPerFamilyPence;
    private final PaymentModel model;

    public ClaimCalculator() {
        this(DEFAULT_MAXIMUM_PER_FAMILY_PENCE, PaymentModel.REPORT);
    }

    public ClaimCalculator(long maximumPerFamilyPence, PaymentModel model) {
        if (maximumPerFamilyPence < 0) {
            throw new IllegalArgumentException("maximumPerFamilyPence must be 0 or more (was "
                    + maximumPerFamilyPence + ")");
        }
        if (model == null) {
            throw new IllegalArgumentException("model is required");
        }
        this.maximumPerFamilyPence = maximumPerFamilyPence;
        this.model = model;
    }

    public long maximumPerFamilyPence() {
        return maximumPerFamilyPence;
    }

    public PaymentModel model() {
        return model;
    }

    /** Rounded down to the penny, so that the department is never asked for more than its share. */
    public long resultsSharePence(int programmeYear) {
        int resultsPercent = 100 - model.upfrontPercent(programmeYear);
        return Math.multiplyExact(maximumPerFamilyPence, resultsPercent) / 100;
    }

    /**
     * @param alreadyClaimedPence results already paid for this family, with what each was paid
     *                            (null or empty for none)
     */
    public ClaimCalculation calculate(int programmeYear, boolean crimeAsbEducationResult, boolean progressToWorkResult,
                                      boolean continuousEmploymentResult, Map<ResultType, Long> alreadyClaimedPence) {
        long share = resultsSharePence(programmeYear);
        Map<ResultType, Long> claimed = alreadyClaimedPence == null ? Map.of() : alreadyClaimedPence;
        long claimedTotal = totalClaimed(claimed);
        List<ClaimLine> lines = new ArrayList<>();
        // continuous employment is worth the whole share, so once paid nothing else can be due
        if (!claimed.containsKey(ResultType.CONTINUOUS_EMPLOYMENT)) {
            long room = share - claimedTotal;
            if (continuousEmploymentResult) {
                addIfPositive(lines, ResultType.CONTINUOUS_EMPLOYMENT, room);
            } else {
                long crimeAsbEducationShare = Math.multiplyExact(share, 7) / 8;
                if (crimeAsbEducationResult && !claimed.containsKey(ResultType.CRIME_ASB_EDUCATION)) {
                    room -= addIfPositive(lines, ResultType.CRIME_ASB_EDUCATION, Math.min(crimeAsbEducationShare, room));
                }
                // the remainder rather than S/8, so that the two results add up to S to the penny
                if (progressToWorkResult && !claimed.containsKey(ResultType.PROGRESS_TO_WORK)) {
                    addIfPositive(lines, ResultType.PROGRESS_TO_WORK, Math.min(share - crimeAsbEducationShare, room));
                }
            }
        }
        return new ClaimCalculation(programmeYear, share, claimedTotal, lines);
    }

    private static long totalClaimed(Map<ResultType, Long> claimed) {
        long total = 0;
        for (Map.Entry<ResultType, Long> entry : claimed.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null || entry.getValue() < 0) {
                throw new IllegalArgumentException("alreadyClaimedPence must map each result type to 0 or more pence (was "
                        + entry.getKey() + "=" + entry.getValue() + ")");
            }
            total = Math.addExact(total, entry.getValue());
        }
        return total;
    }

    private static long addIfPositive(List<ClaimLine> lines, ResultType type, long amountPence) {
        if (amountPence <= 0) {
            return 0;
        }
        lines.add(new ClaimLine(type, amountPence));
        return amountPence;
    }
}
