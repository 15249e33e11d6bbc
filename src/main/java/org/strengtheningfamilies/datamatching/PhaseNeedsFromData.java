package org.strengtheningfamilies.datamatching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strengtheningfamilies.programme.Need;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;

/**
 * A later phase's needs as the agency datasets show them, for a household as at a run date over the 12
 * months before it: per need code, the measures that find it ({@link Measure}) and the evidence they found.
 * A need no dataset shows (early years, family relationships, a council's local need…) is never found
 * from data; the panel and the whole-family assessment add it. Which dataset shows which need is the
 * phase's ({@link Need#datasets()}); {@code PhaseNeedsFromDataTest} keeps the two in step.
 */
class PhaseNeedsFromData {

    /** One thing the datasets can show, by the rules' tests (DataIdentificationRules). */
    enum Measure {
        /** Anyone in the household with a proven offence or an ASB intervention (police, YOT, housing). */
        OFFENDING_OR_ASB(Set.of("police", "housing")),
        /** Frequent police call-outs to the household (sf.matching.frequent-police-callouts in 12 months). */
        POLICE_CALLOUTS(Set.of("police")),
        /** Exclusions, 15%+ unauthorised absence over 3 terms, alternative provision or off roll (schools). */
        SCHOOL(Set.of("schools")),
        /** A child in need or on a child protection plan (social care). */
        CHILD_IN_NEED_OR_PROTECTION(Set.of("social-care")),
        /** As above, or a child with an early help assessment (social care's EARLY_HELP episodes). */
        CHILD_NEEDING_HELP(Set.of("social-care")),
        /** An adult on out-of-work benefits (DWP). */
        OUT_OF_WORK(Set.of("dwp")),
        /** Rent arrears or a risk of eviction (housing). */
        RENT_ARREARS_OR_EVICTION(Set.of("housing")),
        /** A police call-out flagged as domestic abuse. */
        DOMESTIC_ABUSE(Set.of("police")),
        /** A substance misuse treatment episode. */
        SUBSTANCE_MISUSE(Set.of("substance-misuse"));

        private final Set<String> datasets;

        Measure(Set<String> datasets) {
            this.datasets = datasets;
        }

        Set<String> datasets() {
            return datasets;
        }
    }

    /** The headline needs of each later phase that a dataset shows, and how (DESIGN.md section 10). */
    static final Map<ProgrammePhase, Map<String, List<Measure>>> MEASURES = new EnumMap<>(ProgrammePhase.class);

    static {
        Map<String, List<Measure>> tf2015 = new LinkedHashMap<>();
        tf2015.put("CRIME_ASB", List.of(Measure.OFFENDING_OR_ASB, Measure.POLICE_CALLOUTS));
        tf2015.put("SCHOOL_ATTENDANCE", List.of(Measure.SCHOOL));
        tf2015.put("CHILDREN_NEED_HELP", List.of(Measure.CHILD_NEEDING_HELP));
        tf2015.put("WORKLESSNESS_FINANCIAL", List.of(Measure.OUT_OF_WORK, Measure.RENT_ARREARS_OR_EVICTION));
        tf2015.put("DOMESTIC_ABUSE", List.of(Measure.DOMESTIC_ABUSE));
        tf2015.put("HEALTH", List.of(Measure.SUBSTANCE_MISUSE));
        MEASURES.put(ProgrammePhase.TF_2015, Map.copyOf(tf2015));
        Map<String, List<Measure>> sf2022 = new LinkedHashMap<>();
        sf2022.put("EDUCATION", List.of(Measure.SCHOOL));
        sf2022.put("SUBSTANCE_USE", List.of(Measure.SUBSTANCE_MISUSE));
        sf2022.put("CHILD_SAFETY", List.of(Measure.CHILD_IN_NEED_OR_PROTECTION));
        sf2022.put("CRIME", List.of(Measure.OFFENDING_OR_ASB, Measure.POLICE_CALLOUTS));
        sf2022.put("DOMESTIC_ABUSE", List.of(Measure.DOMESTIC_ABUSE));
        sf2022.put("HOUSING", List.of(Measure.RENT_ARREARS_OR_EVICTION));
        sf2022.put("FINANCIAL_STABILITY", List.of(Measure.OUT_OF_WORK));
        MEASURES.put(ProgrammePhase.SF_2022, Map.copyOf(sf2022));
        // the outcomes-only programmes judge the Supporting Families needs
        MEASURES.put(ProgrammePhase.OUTCOMES_ONLY, Map.copyOf(sf2022));
    }

    /** What the datasets showed: per need code found, its evidence lines, in the phase's order of needs. */
    record Found(Map<String, List<String>> byNeed) {

        Found {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            byNeed.forEach((need, lines) -> copy.put(need, List.copyOf(lines)));
            byNeed = java.util.Collections.unmodifiableMap(copy);
        }

        List<String> needs() {
            return List.copyOf(byNeed.keySet());
        }

        String evidence(String need) {
            return String.join("; ", byNeed.getOrDefault(need, List.of()));
        }
    }

    private final DataIdentificationRules rules;

    PhaseNeedsFromData(DataIdentificationRules rules) {
        this.rules = rules;
    }

    Found evaluate(PhaseSettings phase, HouseholdData household, LocalDate asAt) {
        Map<String, List<Measure>> measures = MEASURES.getOrDefault(phase.phase(), Map.of());
        LocalDate from = asAt.minusMonths(12);
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Need need : phase.needs()) {
            List<String> evidence = new ArrayList<>();
            for (Measure measure : measures.getOrDefault(need.code(), List.of())) {
                evidence.addAll(find(measure, household, from, asAt));
            }
            if (!evidence.isEmpty()) {
                found.put(need.code(), evidence.stream().distinct().toList());
            }
        }
        return new Found(found);
    }

    private List<String> find(Measure measure, HouseholdData household, LocalDate from, LocalDate asAt) {
        return switch (measure) {
            case OFFENDING_OR_ASB -> rules.offendingOrAsb(household, from, asAt);
            case POLICE_CALLOUTS -> rules.policeCallouts(household, from, asAt);
            case SCHOOL -> rules.education(household, from, asAt);
            case CHILD_IN_NEED_OR_PROTECTION -> rules.childrenNeedingHelp(household, from, asAt, false);
            case CHILD_NEEDING_HELP -> rules.childrenNeedingHelp(household, from, asAt, true);
            case OUT_OF_WORK -> rules.work(household, from, asAt);
            case RENT_ARREARS_OR_EVICTION -> rules.housing(household, from, asAt);
            case DOMESTIC_ABUSE -> rules.domesticAbuse(household, from, asAt);
            case SUBSTANCE_MISUSE -> rules.substanceMisuse(household, from, asAt);
        };
    }
}
