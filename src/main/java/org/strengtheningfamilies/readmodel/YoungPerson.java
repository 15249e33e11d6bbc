package org.strengtheningfamilies.readmodel;

/** What the characteristics report (Appendix 2) keeps of a child of an identified family: no name, no birth date. */
public record YoungPerson(String gender, Integer schoolYear, String sen, Boolean freeSchoolMeals, String ethnicity,
                          Boolean knownToSocialCare) {
}
