package org.strengtheningfamilies.datamatching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the identification rules found for one household: per criterion or local filter (named by its
 * family-case variable, e.g. {@code criterionEducation}) the evidence lines; met = some evidence.
 */
record DataIdentification(Map<String, List<String>> findings) {

    public static final String CRIME_ASB = "criterionCrimeAsb";
    public static final String EDUCATION = "criterionEducation";
    public static final String WORK = "criterionWork";
    public static final String DOMESTIC_ABUSE = "localDomesticAbuse";
    public static final String POLICE_CALLOUTS = "localPoliceCallouts";
    public static final String SUBSTANCE_MISUSE = "localSubstanceMisuse";
    public static final String HOUSING = "localHousing";

    public static final List<String> NATIONAL = List.of(CRIME_ASB, EDUCATION, WORK);
    public static final List<String> LOCAL = List.of(DOMESTIC_ABUSE, POLICE_CALLOUTS, SUBSTANCE_MISUSE, HOUSING);

    public DataIdentification {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        findings.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        findings = Collections.unmodifiableMap(copy);
    }

    public boolean met(String criterion) {
        return !findings.getOrDefault(criterion, List.of()).isEmpty();
    }

    public String evidence(String criterion) {
        return String.join("; ", findings.getOrDefault(criterion, List.of()));
    }

    public int nationalCriteria() {
        return (int) NATIONAL.stream().filter(this::met).count();
    }

    /** Local filters met among those the council uses ({@code sf.identification.local-filters}). */
    public int localFilters(List<String> used) {
        return (int) LOCAL.stream().filter(used::contains).filter(this::met).count();
    }
}
