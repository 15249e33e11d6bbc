package org.strengtheningfamilies.claimwindow;

import java.time.Instant;
import java.time.LocalDate;

/** One claim return: the claims of a window, their totals, and whether the coordinator signed it off. */
record ClaimReturn(String reference, LocalDate windowFrom, LocalDate windowTo, String status,
                          int claims, int results, long totalPence, Instant createdAt,
                          String signedOffBy, Instant signedOffAt) {

    public static final String AWAITING_SIGN_OFF = "AWAITING_SIGN_OFF";
    public static final String SUBMITTED = "SUBMITTED";
}
