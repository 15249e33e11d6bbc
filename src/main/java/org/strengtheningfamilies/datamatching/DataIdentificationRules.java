package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.datamatching.DataIdentification.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strengtheningfamilies.datamatching.HouseholdData.Member;
import org.strengtheningfamilies.datamatching.HouseholdData.PoliceEvent;
import org.strengtheningfamilies.datamatching.HouseholdData.SchoolTerm;

/**
 * DESIGN.md section 3 judged from agency data, for a household as at a run date over the 12 months
 * before it (both ends included), and the measures the later phases' needs are found by
 * ({@link PhaseNeedsFromData}). Each criterion's test is its own method so that each can be tested
 * alone; the result names the evidence found, which becomes the referral's evidence text.
 * <p>
 * School measures over "the last 3 consecutive terms" use the child's three latest terms that
 * started on or before the run date (and ended inside the 12 months). Absence of 15% or more is
 * {@code unauthorised × 100 ≥ 15 × possible}, in whole numbers, as the outcome rule does.
 */
class DataIdentificationRules {

    private static final Set<String> ASB_EVENTS = Set.of("ASB_ORDER", "INJUNCTION", "ASB_CONTRACT", "ASB_INTERVENTION");
    private static final Set<String> CHILD_PLANS = Set.of("CHILD_IN_NEED", "CHILD_PROTECTION");
    private static final String EARLY_HELP = "EARLY_HELP";

    private final int frequentPoliceCallouts;

    public DataIdentificationRules(int frequentPoliceCallouts) {
        this.frequentPoliceCallouts = frequentPoliceCallouts;
    }

    public DataIdentification evaluate(HouseholdData household, LocalDate asAt) {
        LocalDate from = asAt.minusMonths(12);
        Map<String, List<String>> findings = new LinkedHashMap<>();
        findings.put(CRIME_ASB, crimeAsb(household, from, asAt));
        findings.put(EDUCATION, education(household, from, asAt));
        findings.put(WORK, work(household, from, asAt));
        findings.put(DOMESTIC_ABUSE, domesticAbuse(household, from, asAt));
        findings.put(POLICE_CALLOUTS, policeCallouts(household, from, asAt));
        findings.put(SUBSTANCE_MISUSE, substanceMisuse(household, from, asAt));
        findings.put(HOUSING, housing(household, from, asAt));
        return new DataIdentification(findings);
    }

    static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    /** A member under 18 with a proven offence, or anyone with an ASB order, injunction, contract or housing ASB intervention. */
    List<String> crimeAsb(HouseholdData household, LocalDate from, LocalDate asAt) {
        return offencesAndAsb(household, from, asAt, 18);
    }

    /**
     * The later phases' crime and anti-social behaviour: anyone in the household (parent or child) with a
     * proven offence, an ASB order, injunction, contract or intervention, or a housing ASB intervention.
     */
    List<String> offendingOrAsb(HouseholdData household, LocalDate from, LocalDate asAt) {
        return offencesAndAsb(household, from, asAt, Integer.MAX_VALUE);
    }

    /** Offences by members younger than {@code offendersUnder} at the time, and anyone's ASB interventions. */
    private List<String> offencesAndAsb(HouseholdData household, LocalDate from, LocalDate asAt, int offendersUnder) {
        List<String> found = new ArrayList<>();
        for (Member m : household.members()) {
            for (PoliceEvent e : m.police()) {
                if (!within(e.eventDate(), from, asAt)) {
                    continue;
                }
                if ("OFFENCE".equals(e.eventType())) {
                    int age = e.ageAtEvent() != null ? e.ageAtEvent() : m.ageOn(e.eventDate());
                    if (age < offendersUnder) {
                        found.add(m.fullName() + ": offence on " + e.eventDate() + " aged " + age);
                    }
                } else if (ASB_EVENTS.contains(e.eventType())) {
                    found.add(m.fullName() + ": " + describe(e.eventType()) + " on " + e.eventDate());
                }
            }
            for (HouseholdData.HousingMonth h : m.housing()) {
                LocalDate when = h.interventionDate() != null ? h.interventionDate() : h.month();
                if (h.housingAsbIntervention() && within(when, from, asAt)) {
                    found.add(m.fullName() + ": housing ASB intervention on " + when);
                }
            }
        }
        return distinct(found);
    }

    /** Permanent exclusion, 3+ fixed exclusions or 15%+ absence over the last 3 terms, PRU/AP, not on roll. */
    List<String> education(HouseholdData household, LocalDate from, LocalDate asAt) {
        List<String> found = new ArrayList<>();
        for (Member m : household.members()) {
            List<SchoolTerm> terms = lastThreeTerms(m, from, asAt);
            if (terms.isEmpty()) {
                continue;
            }
            if (terms.stream().anyMatch(SchoolTerm::permanentlyExcluded)) {
                found.add(m.fullName() + ": permanently excluded");
            }
            int fixed = terms.stream().mapToInt(SchoolTerm::fixedExclusions).sum();
            if (fixed >= 3) {
                found.add(m.fullName() + ": " + fixed + " fixed-term exclusions in the last " + terms.size() + " terms");
            }
            if (terms.stream().anyMatch(SchoolTerm::alternativeProvision)) {
                found.add(m.fullName() + ": in a pupil referral unit or alternative provision");
            }
            if (!terms.get(0).onRoll()) {
                found.add(m.fullName() + ": not on a school roll (" + terms.get(0).period() + ")");
            }
            long absent = terms.stream().mapToLong(SchoolTerm::unauthorisedAbsenceSessions).sum();
            long possible = terms.stream().mapToLong(SchoolTerm::possibleSessions).sum();
            if (possible > 0 && absent * 100 >= 15 * possible) {
                found.add(m.fullName() + ": unauthorised absence " + absent + " of " + possible
                        + " sessions in the last " + terms.size() + " terms (15% or more)");
            }
        }
        return found;
    }

    /** The child's latest three terms started by the run date, newest first. */
    static List<SchoolTerm> lastThreeTerms(Member m, LocalDate from, LocalDate asAt) {
        return m.school().stream()
                .filter(t -> !t.termStart().isAfter(asAt) && !t.termEnd().isBefore(from))
                .sorted(Comparator.comparing(SchoolTerm::termStart).reversed())
                .limit(3)
                .toList();
    }

    /** An adult (18 or over on the run date) on out-of-work benefits at some time in the 12 months. */
    List<String> work(HouseholdData household, LocalDate from, LocalDate asAt) {
        List<String> found = new ArrayList<>();
        for (Member m : household.members()) {
            if (!m.adultOn(asAt)) {
                continue;
            }
            m.dwp().stream()
                    .filter(s -> "OUT_OF_WORK_BENEFIT".equals(s.spellType()) && s.overlaps(from, asAt))
                    .findFirst()
                    .ifPresent(s -> found.add(m.fullName() + ": on out-of-work benefits since " + s.startDate()
                            + (s.endDate() == null ? "" : " (until " + s.endDate() + ")")));
        }
        return found;
    }

    /**
     * A child (under 18 on the run date) in need, on a child protection plan, or (with {@code earlyHelp})
     * with an early help assessment, in an episode open at some time in the 12 months (social care).
     */
    List<String> childrenNeedingHelp(HouseholdData household, LocalDate from, LocalDate asAt, boolean earlyHelp) {
        List<String> found = new ArrayList<>();
        for (Member m : household.members()) {
            if (m.adultOn(asAt)) {
                continue;
            }
            m.socialCare().stream()
                    .filter(e -> CHILD_PLANS.contains(e.status()) || (earlyHelp && EARLY_HELP.equals(e.status())))
                    .filter(e -> !e.startDate().isAfter(asAt) && (e.endDate() == null || !e.endDate().isBefore(from)))
                    .max(Comparator.comparing(HouseholdData.SocialCareEpisode::startDate))
                    .ifPresent(e -> found.add(m.fullName() + ": " + describeSocialCare(e.status()) + " from "
                            + e.startDate() + (e.endDate() == null ? "" : " to " + e.endDate())));
        }
        return found;
    }

    List<String> domesticAbuse(HouseholdData household, LocalDate from, LocalDate asAt) {
        List<String> found = new ArrayList<>();
        for (Member m : household.members()) {
            for (PoliceEvent e : m.police()) {
                if (e.domesticAbuse() && within(e.eventDate(), from, asAt)) {
                    found.add("domestic abuse call-out on " + e.eventDate());
                }
            }
        }
        return distinct(found);
    }

    /** Call-outs to the household; one call-out recorded against two members counts once (same date). */
    List<String> policeCallouts(HouseholdData household, LocalDate from, LocalDate asAt) {
        long callouts = household.members().stream().flatMap(m -> m.police().stream())
                .filter(e -> "CALLOUT".equals(e.eventType()) && within(e.eventDate(), from, asAt))
                .map(PoliceEvent::eventDate).distinct().count();
        return callouts >= frequentPoliceCallouts
                ? List.of(callouts + " police call-outs in 12 months (" + frequentPoliceCallouts + " or more is frequent)")
                : List.of();
    }

    List<String> substanceMisuse(HouseholdData household, LocalDate from, LocalDate asAt) {
        List<String> found = new ArrayList<>();
        for (Member m : household.members()) {
            m.substanceMisuse().stream().filter(e -> e.overlaps(from, asAt)).findFirst()
                    .ifPresent(e -> found.add(m.fullName() + ": substance misuse treatment from " + e.startDate()));
        }
        return found;
    }

    /** Rent arrears or a risk of eviction in a month of the 12. */
    List<String> housing(HouseholdData household, LocalDate from, LocalDate asAt) {
        LocalDate firstMonth = from.withDayOfMonth(1);
        List<String> found = new ArrayList<>();
        household.members().stream().flatMap(m -> m.housing().stream())
                .filter(h -> within(h.month(), firstMonth, asAt) && (h.rentArrearsPence() > 0 || h.evictionRisk()))
                .max(Comparator.comparing(HouseholdData.HousingMonth::month))
                .ifPresent(h -> found.add((h.evictionRisk() ? "risk of eviction" : "rent arrears")
                        + " in " + h.month().toString().substring(0, 7)
                        + (h.rentArrearsPence() > 0 ? " (arrears £" + pounds(h.rentArrearsPence()) + ")" : "")));
        return found;
    }

    private static String pounds(long pence) {
        return pence / 100 + "." + String.format("%02d", pence % 100);
    }

    private static String describe(String eventType) {
        return switch (eventType) {
            case "ASB_ORDER" -> "ASB order";
            case "INJUNCTION" -> "ASB injunction";
            case "ASB_CONTRACT" -> "acceptable behaviour contract";
            default -> "ASB intervention";
        };
    }

    private static String describeSocialCare(String status) {
        return switch (status) {
            case "CHILD_IN_NEED" -> "child in need";
            case "CHILD_PROTECTION" -> "child protection plan";
            default -> "early help assessment";
        };
    }

    private static List<String> distinct(List<String> lines) {
        return lines.stream().distinct().toList();
    }
}
