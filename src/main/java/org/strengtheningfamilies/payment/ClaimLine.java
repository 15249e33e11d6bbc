package org.strengtheningfamilies.payment;

/** One result claimed, with what it is worth. */
public record ClaimLine(ResultType resultType, long amountPence) {

    public ClaimLine {
        if (resultType == null) {
            throw new IllegalArgumentException("resultType is required");
        }
        if (amountPence <= 0) {
            throw new IllegalArgumentException("amountPence must be more than 0 (was " + amountPence + ")");
        }
    }
}
