package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.kernel.ProcessVariable.bool;
import static org.strengtheningfamilies.kernel.ProcessVariable.date;
import static org.strengtheningfamilies.kernel.ProcessVariable.enumeration;
import static org.strengtheningfamilies.kernel.ProcessVariable.integer;
import static org.strengtheningfamilies.kernel.ProcessVariable.longNumber;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.time.LocalDate;
import java.util.List;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The variables of {@code termly-data-matching} (docs/data-matching.md), declared once like
 * FamilyCaseVariables, which they are not part of.
 */
public final class RunVariables {

    private RunVariables() {
    }

    public static final String PROCESS_KEY = "termly-data-matching";

    public enum PossibleMatchDecision { SAME_PERSON, DIFFERENT_PEOPLE }

    public static final ProcessVariable<LocalDate> RUN_DATE = date("runDate").labelled("Run date (empty = today)");
    public static final ProcessVariable<String> RUN_ID = string("runId");
    public static final ProcessVariable<Boolean> MORE_TO_MATCH = bool("moreToMatch");
    public static final ProcessVariable<Long> RECORDS_MATCHED = longNumber("recordsMatched");
    public static final String POSSIBLE_MATCHES = "possibleMatches";
    public static final ProcessVariable<Long> POSSIBLE_MATCH_ID = longNumber("possibleMatchId");
    public static final ProcessVariable<PossibleMatchDecision> POSSIBLE_MATCH_DECISION =
            enumeration("possibleMatchDecision", PossibleMatchDecision.class).labelled("Decision");
    public static final ProcessVariable<Long> HOUSEHOLD_CURSOR = longNumber("householdCursor");
    public static final ProcessVariable<Boolean> MORE_HOUSEHOLDS = bool("moreHouseholds");
    public static final ProcessVariable<Integer> HOUSEHOLDS_EVALUATED = integer("householdsEvaluated");
    public static final ProcessVariable<Integer> CASES_STARTED = integer("casesStarted");
    public static final ProcessVariable<String> RUN_SUMMARY = string("runSummary");

    /** What the possible-match form shows (task variables, read-only). */
    public static final List<String> POSSIBLE_MATCH_FORM = List.of("matchScore", "recordDataset", "recordName",
            "recordDateOfBirth", "recordGender", "recordHome", "candidateName", "candidateDateOfBirth",
            "candidateGender", "candidateHome", "candidateRecords", POSSIBLE_MATCH_DECISION.name());

    /** Every variable name of the process and its forms. */
    public static List<String> names() {
        List<String> names = new java.util.ArrayList<>(List.of(RUN_DATE.name(), RUN_ID.name(), MORE_TO_MATCH.name(),
                RECORDS_MATCHED.name(), POSSIBLE_MATCHES, POSSIBLE_MATCH_ID.name(), HOUSEHOLD_CURSOR.name(),
                MORE_HOUSEHOLDS.name(), HOUSEHOLDS_EVALUATED.name(), CASES_STARTED.name(), RUN_SUMMARY.name()));
        POSSIBLE_MATCH_FORM.stream().filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }
}
