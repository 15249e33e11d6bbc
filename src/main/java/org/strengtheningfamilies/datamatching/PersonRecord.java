package org.strengtheningfamilies.datamatching;

import java.time.LocalDate;

/**
 * One row of an agency dataset as matching sees it: who it is about and where they live.
 * {@code dataset} is the table the row is in, {@code rowId} its id there.
 */
record PersonRecord(String dataset, long rowId, String fullName, String nameKey, LocalDate dateOfBirth,
                           String gender, String uprn, String postcode, String address) {
}
