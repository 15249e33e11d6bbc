package org.strengtheningfamilies.datamatching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.strengtheningfamilies.datamatching.AgencyDataFixture.Person;
import org.strengtheningfamilies.identification.IdentificationRoute;

/**
 * A deterministic population of households in the agency datasets whose route is known by
 * construction: each household meets a chosen set of criteria and local filters (each by one of its
 * ways, picked at random), and where it does not, it often has a near miss (an adult's offence, 14.9%
 * absence, two exclusions, a benefit spell that ended 13 months ago, two call-outs...). Judged as at
 * {@link #RUN_DATE}. The same seed gives the same population.
 */
public class TestPopulation {

    public static final String RUN_DATE = "2013-09-01";

    /** What a household was built to be. */
    public record Expected(String uprn, boolean crimeAsb, boolean education, boolean work, int localFilters,
                           IdentificationRoute route) {
    }

    private final Random random;
    private final AgencyDataFixture data;

    public TestPopulation(long seed, AgencyDataFixture data) {
        this.random = new Random(seed);
        this.data = data;
    }

    public Map<String, Expected> generate(int households) {
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (int i = 1; i <= households; i++) {
            Expected e = household(i);
            expected.put(e.uprn(), e);
        }
        return expected;
    }

    private static String surname(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "Fam" + s;
    }

    private Expected household(int i) {
        String uprn = String.format("2%011d", i);
        String postcode = "MK9 " + String.format("%04d", i);
        String address = i + " Generated Grove, Milton Keynes";
        String surname = surname(i);
        Person adult = new Person("Ann " + surname, (1975 + random.nextInt(10)) + "-0" + (1 + random.nextInt(9)) + "-1"
                + random.nextInt(10), "FEMALE", uprn, postcode, address);
        // the police write names in capitals and seldom know the UPRN: matched by name, birthday and postcode
        Person adultToPolice = new Person(adult.name().toUpperCase(), adult.dateOfBirth(), "FEMALE", null, postcode, address);
        List<Person> children = new ArrayList<>();
        String[] firstNames = {"Ben", "Cara", "Dev"};
        for (int c = 0; c < 1 + random.nextInt(3); c++) {
            children.add(new Person(firstNames[c] + " " + surname, (1997 + 3 * c + random.nextInt(3)) + "-1"
                    + random.nextInt(3) + "-0" + (1 + random.nextInt(9)), c == 1 ? "FEMALE" : "MALE", uprn, postcode, address));
        }
        Person child = children.get(0);

        boolean crime = random.nextBoolean();
        boolean education = random.nextBoolean();
        boolean work = random.nextBoolean();
        boolean domesticAbuse = random.nextInt(4) == 0;
        boolean callouts = random.nextInt(4) == 0;
        boolean substance = random.nextInt(4) == 0;
        boolean housing = random.nextInt(4) == 0;

        if (crime) {
            switch (random.nextInt(3)) {
                case 0 -> data.police(child, "OFFENCE", "2013-02-1" + random.nextInt(10), 15, false);
                case 1 -> data.police(adultToPolice, "ASB_ORDER", "2012-11-0" + (1 + random.nextInt(9)), null, false);
                default -> data.housing(adult, "2013-05", 0, false, true, "2013-05-20");
            }
        } else if (random.nextBoolean()) {
            if (random.nextBoolean()) {
                data.police(adultToPolice, "OFFENCE", "2013-02-01", 30, false);
            } else {
                data.police(adultToPolice, "ASB_ORDER", "2012-08-31", null, false);
            }
        }

        int variant = random.nextInt(5);
        for (Person c : children) {
            boolean theOne = c == child;
            int[] absent = {5, 5, 5};
            int[] fixed = {0, 0, 0};
            boolean permanent = false;
            boolean ap = false;
            boolean offRoll = false;
            if (theOne && education) {
                switch (variant) {
                    case 0 -> permanent = true;
                    case 1 -> fixed = new int[] {1, 1, 1};
                    case 2 -> ap = true;
                    case 3 -> offRoll = true;
                    default -> absent = new int[] {18, 17, 18}; // 53 of 350
                }
            } else if (theOne && random.nextBoolean()) {
                if (random.nextBoolean()) {
                    fixed = new int[] {1, 0, 1};
                } else {
                    absent = new int[] {18, 17, 17}; // 52 of 350: just below 15%
                }
            }
            data.schoolTerm(c, "2012-AUTUMN", "2012-09-03", "2012-12-20", 120, absent[0], fixed[0], false, false, true);
            data.schoolTerm(c, "2013-SPRING", "2013-01-03", "2013-03-28", 110, absent[1], fixed[1], permanent, ap, true);
            data.schoolTerm(c, "2013-SUMMER", "2013-04-15", "2013-07-19", 120, absent[2], fixed[2], false, false, !offRoll);
        }

        if (work) {
            data.dwp(adult, "OUT_OF_WORK_BENEFIT", "2011-0" + (1 + random.nextInt(9)) + "-01", null);
        } else if (random.nextBoolean()) {
            data.dwp(adult, "OUT_OF_WORK_BENEFIT", "2010-01-04", "2012-07-31");
            data.dwp(adult, "EMPLOYMENT", "2012-08-01", null);
        }

        if (domesticAbuse) {
            data.police(adultToPolice, "CALLOUT", "2013-06-0" + (1 + random.nextInt(9)), null, true);
        }
        if (callouts) {
            for (String date : List.of("2012-10-05", "2013-01-05", "2013-04-05")) {
                data.police(adultToPolice, "CALLOUT", date, null, false);
            }
        } else if (random.nextBoolean()) {
            data.police(adultToPolice, "CALLOUT", "2012-10-06", null, false);
            if (!domesticAbuse) {
                data.police(adultToPolice, "CALLOUT", "2013-01-06", null, false);
            }
        }
        if (substance) {
            data.substance(adult, "2013-01-14", null);
        } else if (random.nextBoolean()) {
            data.substance(adult, "2011-01-10", "2012-07-31");
        }
        if (housing) {
            data.housing(adult, "2013-07", 30_000 + random.nextInt(50_000), random.nextBoolean(), false, null);
        } else if (random.nextBoolean()) {
            data.housing(adult, "2013-07", 0, false, false, null);
        }

        int national = (crime ? 1 : 0) + (education ? 1 : 0) + (work ? 1 : 0);
        int local = (domesticAbuse ? 1 : 0) + (callouts ? 1 : 0) + (substance ? 1 : 0) + (housing ? 1 : 0);
        IdentificationRoute route = national == 3 ? IdentificationRoute.THREE_CRITERIA
                : national == 2 && local >= 1 ? IdentificationRoute.TWO_PLUS_LOCAL : IdentificationRoute.NOT_ELIGIBLE;
        return new Expected(uprn, crime, education, work, local, route);
    }
}
