package org.strengtheningfamilies.claimwindow;

/** One line of a claim return's CSV, as the department receives it: one claimed result of one family. */
record DepartmentLine(String authority, String familyReference, String resultType, String amount,
                      String attachmentDate, int programmeYear) {
}
