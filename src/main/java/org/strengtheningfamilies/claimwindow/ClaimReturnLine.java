package org.strengtheningfamilies.claimwindow;

import java.time.LocalDate;

import org.strengtheningfamilies.payment.ResultType;

/** One claimed result in a return: a line of the CSV sent to the department. */
record ClaimReturnLine(String familyRef, ResultType resultType, long amountPence, LocalDate attachmentDate,
                              int programmeYear) {
}
