package org.strengtheningfamilies.datamatching;

import java.time.LocalDate;

/** A person already matched (sf_person), with the home of their household. */
record KnownPerson(long personId, long householdId, String fullName, String nameKey, LocalDate dateOfBirth,
                          String gender, String uprn, String postcode) {
}
