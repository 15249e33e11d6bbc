package org.strengtheningfamilies.datamatching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.strengtheningfamilies.datamatching.AgencyDataFixture.Person;
import org.strengtheningfamilies.identification.IdentificationRoute;
import org.strengtheningfamilies.programme.ProgrammePhase;

/**
 * A deterministic population of households in the agency datasets for a later phase, whose needs and
 * eligibility are known by construction (as {@link TestPopulation} is for 2012-15): each household shows a
 * chosen set of the needs the datasets can show, each by one of its ways picked at random, and where it does
 * not, it often has a near miss (an offence 13 months before the run, 14.9% absence, two call-outs, a child
 * only known to social care, a benefit spell that ended, a month without arrears…). Some households have no
 * dependent child (a mother and her son of 19). Eligible: 2015-20 at least 2 of the needs; 2022-25 (and the
 * outcomes-only programmes) a dependent child and at least 3. The same seed gives the same population.
 */
public class PhasePopulation {

    /** What a household was built to be. */
    public record Expected(String uprn, Set<String> needs, boolean dependentChild, IdentificationRoute route) {
    }

    private final Random random;
    private final AgencyDataFixture data;
    private final ProgrammePhase phase;
    private final LocalDate run;

    public PhasePopulation(long seed, AgencyDataFixture data, ProgrammePhase phase, LocalDate runDate) {
        if (!phase.judgedByNeeds()) {
            throw new IllegalArgumentException("2012-15's population is TestPopulation");
        }
        this.random = new Random(seed);
        this.data = data;
        this.phase = phase;
        this.run = runDate;
    }

    public Map<String, Expected> generate(int households) {
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (int i = 1; i <= households; i++) {
            Expected e = household(i);
            expected.put(e.uprn(), e);
        }
        return expected;
    }

    /** The needs the phase's datasets show, in the phase's order. */
    List<String> dataNeeds() {
        return phase == ProgrammePhase.TF_2015
                ? List.of("CRIME_ASB", "SCHOOL_ATTENDANCE", "CHILDREN_NEED_HELP", "WORKLESSNESS_FINANCIAL", "DOMESTIC_ABUSE",
                        "HEALTH")
                : List.of("EDUCATION", "SUBSTANCE_USE", "CHILD_SAFETY", "CRIME", "DOMESTIC_ABUSE", "HOUSING",
                        "FINANCIAL_STABILITY");
    }

    private String crime() {
        return phase == ProgrammePhase.TF_2015 ? "CRIME_ASB" : "CRIME";
    }

    private String school() {
        return phase == ProgrammePhase.TF_2015 ? "SCHOOL_ATTENDANCE" : "EDUCATION";
    }

    private String children() {
        return phase == ProgrammePhase.TF_2015 ? "CHILDREN_NEED_HELP" : "CHILD_SAFETY";
    }

    private String substance() {
        return phase == ProgrammePhase.TF_2015 ? "HEALTH" : "SUBSTANCE_USE";
    }

    private String day(LocalDate date) {
        return date.toString();
    }

    /** A date {@code months} before the run, plus a few days. */
    private String before(int months) {
        return day(run.minusMonths(months).plusDays(random.nextInt(5)));
    }

    private Expected household(int i) {
        String uprn = String.format("3%011d", i);
        String postcode = "MK10 " + String.format("%04d", i);
        String address = i + " Phase Parade, Milton Keynes";
        String surname = "Ph" + Integer.toString(i, 26).replaceAll("[0-9]", "x") + "ase" + (char) ('a' + i % 26);
        Person mother = new Person("Rae " + surname, (run.getYear() - 30 - random.nextInt(10)) + "-0" + (1 + random.nextInt(9))
                + "-1" + random.nextInt(10), "FEMALE", uprn, postcode, address);
        // the police write names in capitals and seldom know the UPRN: matched by name, birthday and postcode
        Person motherToPolice = new Person(mother.name().toUpperCase(), mother.dateOfBirth(), "FEMALE", null, postcode, address);
        boolean dependentChild = phase == ProgrammePhase.TF_2015 || random.nextInt(5) > 0;
        // a dependent child is 5 to 15 at the run; otherwise the son is 19, an adult
        int age = dependentChild ? 5 + random.nextInt(11) : 19;
        Person child = new Person("Tom " + surname, day(run.minusYears(age).minusDays(40 + random.nextInt(200))), "MALE",
                uprn, postcode, address);

        List<String> possible = new ArrayList<>(dataNeeds());
        if (!dependentChild) {
            possible.removeAll(List.of(school(), children()));
        }
        Set<String> needs = new LinkedHashSet<>();
        for (String need : possible) {
            if (random.nextInt(100) < 40) {
                needs.add(need);
            }
        }

        // crime and ASB (and, for 2015-20's worklessness, money): a way of showing it, or a near miss
        boolean domesticAbuse = needs.contains("DOMESTIC_ABUSE");
        if (needs.contains(crime())) {
            switch (random.nextInt(4)) {
                case 0 -> data.police(motherToPolice, "OFFENCE", before(7), null, false);
                case 1 -> data.police(dependentChild ? child : motherToPolice, "ASB_ORDER", before(10), null, false);
                case 2 -> data.housing(mother, before(4).substring(0, 7), 0, false, true, before(4));
                default -> {
                    for (int m : new int[] {11, 8, 5}) {
                        data.police(motherToPolice, "CALLOUT", before(m), null, false);
                    }
                }
            }
        } else if (random.nextBoolean()) {
            if (random.nextBoolean()) {
                data.police(motherToPolice, "OFFENCE", day(run.minusMonths(12).minusDays(1)), null, false);
            } else {
                // two call-outs are not frequent; with a domestic abuse call-out they would be three
                data.police(motherToPolice, "CALLOUT", before(9), null, false);
                if (!domesticAbuse) {
                    data.police(motherToPolice, "CALLOUT", before(6), null, false);
                }
            }
        }
        if (domesticAbuse) {
            data.police(motherToPolice, "CALLOUT", before(3), null, true);
        }

        if (dependentChild) {
            int[] absent = {5, 5, 5};
            int[] fixed = {0, 0, 0};
            boolean permanent = false;
            boolean ap = false;
            boolean offRoll = false;
            if (needs.contains(school())) {
                switch (random.nextInt(5)) {
                    case 0 -> permanent = true;
                    case 1 -> fixed = new int[] {1, 1, 1};
                    case 2 -> ap = true;
                    case 3 -> offRoll = true;
                    default -> absent = new int[] {18, 17, 18}; // 53 of 350
                }
            } else if (random.nextBoolean()) {
                if (random.nextBoolean()) {
                    fixed = new int[] {1, 0, 1};
                } else {
                    absent = new int[] {18, 17, 17}; // 52 of 350: just below 15%
                }
            }
            int year = run.getYear();
            data.schoolTerm(child, (year - 1) + "-AUTUMN", (year - 1) + "-09-03", (year - 1) + "-12-20", 120, absent[0],
                    fixed[0], false, false, true);
            data.schoolTerm(child, year + "-SPRING", year + "-01-04", year + "-03-28", 110, absent[1], fixed[1], permanent,
                    ap, true);
            data.schoolTerm(child, year + "-SUMMER", year + "-04-15", year + "-07-19", 120, absent[2], fixed[2], false,
                    false, !offRoll);

            if (needs.contains(children())) {
                // 2015-20's children who need help include early help; 2022-25's child safety does not
                String[] statuses = phase == ProgrammePhase.TF_2015
                        ? new String[] {"CHILD_IN_NEED", "CHILD_PROTECTION", "EARLY_HELP"}
                        : new String[] {"CHILD_IN_NEED", "CHILD_PROTECTION"};
                data.socialCare(child, statuses[random.nextInt(statuses.length)], before(6), null);
            } else if (random.nextBoolean()) {
                switch (random.nextInt(3)) {
                    case 0 -> data.socialCare(child, "KNOWN", before(6), null);
                    case 1 -> data.socialCare(child, "CHILD_IN_NEED", before(30), day(run.minusMonths(12).minusDays(1)));
                    default -> data.socialCare(child, phase == ProgrammePhase.TF_2015 ? "KNOWN" : "EARLY_HELP", before(6), null);
                }
            }
        }

        boolean work = phase == ProgrammePhase.TF_2015 ? needs.contains("WORKLESSNESS_FINANCIAL") && random.nextBoolean()
                : needs.contains("FINANCIAL_STABILITY");
        boolean arrears = phase == ProgrammePhase.TF_2015 ? needs.contains("WORKLESSNESS_FINANCIAL") && !work
                : needs.contains("HOUSING");
        if (work) {
            data.dwp(mother, "OUT_OF_WORK_BENEFIT", before(30), null);
        } else if (random.nextBoolean()) {
            data.dwp(mother, "OUT_OF_WORK_BENEFIT", before(40), day(run.minusMonths(13)));
            data.dwp(mother, "EMPLOYMENT", day(run.minusMonths(13).plusDays(1)), null);
        }
        if (arrears) {
            data.housing(mother, before(2).substring(0, 7), 20_000 + random.nextInt(50_000), random.nextBoolean(), false, null);
        } else if (random.nextBoolean()) {
            data.housing(mother, before(2).substring(0, 7), 0, false, false, null);
        }
        if (needs.contains(substance())) {
            data.substance(mother, before(8), null);
        } else if (random.nextBoolean()) {
            data.substance(mother, before(30), day(run.minusMonths(13)));
        }

        // the tenancy the household lives in, in last month's housing file: every household is known by its UPRN
        data.housing(mother, day(run.minusMonths(1)).substring(0, 7), 0, false, false, null);

        Set<String> ordered = new LinkedHashSet<>();
        dataNeeds().stream().filter(needs::contains).forEach(ordered::add);
        boolean eligible = phase == ProgrammePhase.TF_2015 ? ordered.size() >= 2 : dependentChild && ordered.size() >= 3;
        return new Expected(uprn, ordered, dependentChild,
                eligible ? IdentificationRoute.ELIGIBLE : IdentificationRoute.NOT_ELIGIBLE);
    }
}
