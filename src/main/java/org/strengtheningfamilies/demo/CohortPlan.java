package org.strengtheningfamilies.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo cohort: Milton Keynes' first programme year as the report describes it, as referrals with
 * dated panel decisions. By 31 December 2012: 82 families identified, 64 worked with, led as Table 2's
 * December column (CFP 35, CSC 14, YOT 5, NEP 10, no further action 18). From January to March 2013:
 * 6 more CFP, 6 more CSC and 10 more "no further action" families, and 19 families previously worked
 * with by the Family Intervention Project referred retrospectively, so that by 31 March 2013 123 are
 * identified and 95 worked with (Table 1 and Appendix 3).
 *
 * <p>The household details (children, districts, issues) are drawn, with a fixed seed, from
 * Appendix 2's proportions, so the characteristics report looks like the report's without copying it.
 */
final class CohortPlan {

    /** One demo family: what its referral says and what the panel decides, and when. */
    /**
     * One demo family: what its referral says and what the panel decides, and when. {@code attachmentDate}:
     * the historical one of a retrospective referral, or the day the family plan is signed for the
     * families the cohort takes further; {@code turnedAroundOn}: when their outcomes are verified.
     */
    public record Family(String familyRef, LocalDate referredOn, LocalDate decidedOn, String leadService, int needLevel,
                         boolean retrospective, LocalDate attachmentDate, LocalDate turnedAroundOn,
                         boolean threeCriteria, String district, List<Child> children, List<String> presentingIssues) {
    }

    public record Child(String gender, int schoolYear, String sen, boolean freeSchoolMeals, String ethnicity,
                        boolean knownToSocialCare) {
    }

    private static final LocalDate FIRST_DECISION = LocalDate.of(2012, 6, 4);
    private static final LocalDate LAST_DECEMBER_DECISION = LocalDate.of(2012, 12, 20);
    private static final LocalDate FIRST_MARCH_DECISION = LocalDate.of(2013, 1, 7);
    private static final LocalDate LAST_MARCH_DECISION = LocalDate.of(2013, 3, 27);

    /** Families taken on to a signed plan, and of those, turned around and claimed for. */
    static final int FURTHER = 10;
    static final int TURNED_AROUND = 5;

    private CohortPlan() {
    }

    public static List<Family> families() {
        Random random = new Random(2012);
        List<String[]> december = new ArrayList<>();
        add(december, 12, "CFP", 2);
        add(december, 15, "CFP", 3);
        add(december, 8, "CFP", 4);
        add(december, 14, "CSC", 4);
        add(december, 2, "YOT", 2);
        add(december, 2, "YOT", 3);
        add(december, 1, "YOT", 4);
        add(december, 10, "NEP", 2);
        add(december, 9, "NFA", 2);
        add(december, 9, "NFA", 3);
        List<String[]> march = new ArrayList<>();
        add(march, 3, "CFP", 3);
        add(march, 3, "CFP", 4);
        add(march, 6, "CSC", 4);
        add(march, 5, "NFA", 2);
        add(march, 5, "NFA", 3);
        Collections.shuffle(december, random);
        Collections.shuffle(march, random);

        List<Family> families = new ArrayList<>();
        // identification was slow in the first months (report 2.3.3): decisions thicken towards December
        for (int i = 0; i < december.size(); i++) {
            double share = Math.pow((i + 1.0) / december.size(), 0.7);
            LocalDate decided = FIRST_DECISION.plusDays(Math.round(share * days(FIRST_DECISION, LAST_DECEMBER_DECISION)));
            families.add(family(families.size() + 1, decided, december.get(i), false, null, random));
        }
        for (int i = 0; i < march.size(); i++) {
            LocalDate decided = FIRST_MARCH_DECISION.plusDays(
                    Math.round((double) i / (march.size() - 1) * days(FIRST_MARCH_DECISION, LAST_MARCH_DECISION)));
            families.add(family(families.size() + 1, decided, march.get(i), false, null, random));
        }
        // the first CFP families go further: attached three weeks after the panel; the first five of them
        // turned around and claimed for in April 2013, after the March figures, which they leave as they are
        int further = 0;
        for (int i = 0; i < families.size() && further < FURTHER; i++) {
            Family f = families.get(i);
            if ("CFP".equals(f.leadService())) {
                LocalDate turned = further < TURNED_AROUND ? LocalDate.of(2013, 4, 8).plusDays(further * 3L) : null;
                families.set(i, new Family(f.familyRef(), f.referredOn(), f.decidedOn(), f.leadService(), f.needLevel(),
                        false, f.decidedOn().plusDays(21), turned, f.threeCriteria(), f.district(), f.children(),
                        f.presentingIssues()));
                further++;
            }
        }
        // the Family Intervention Project's families, worked with earlier in year 1, entered in February and March
        for (int i = 0; i < 19; i++) {
            LocalDate referred = LocalDate.of(2013, 2, 4).plusDays(i * 3L);
            LocalDate attached = LocalDate.of(2012, 4, 16).plusDays(i * 11L);
            families.add(family(families.size() + 1, referred, new String[] {"FIP", String.valueOf(2 + i % 3)}, true,
                    attached, random));
        }
        return families;
    }

    private static long days(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay();
    }

    private static void add(List<String[]> plan, int n, String service, int level) {
        for (int i = 0; i < n; i++) {
            plan.add(new String[] {service, String.valueOf(level)});
        }
    }

    private static Family family(int number, LocalDate decided, String[] lead, boolean retrospective,
                                 LocalDate attachmentDate, Random random) {
        LocalDate referred = retrospective ? decided : decided.minusDays(10 + random.nextInt(15));
        int childCount = 1 + (random.nextInt(10) < 6 ? 1 : random.nextInt(3));
        List<Child> children = new ArrayList<>();
        for (int c = 0; c < childCount; c++) {
            children.add(new Child(random.nextInt(100) < 59 ? "MALE" : "FEMALE",
                    schoolYear(pick(SCHOOL_YEARS, random)), pick(SEN, random), random.nextInt(100) < 54,
                    pick(ETHNICITY, random), random.nextInt(100) < 93));
        }
        List<String> issues = new ArrayList<>();
        int issueCount = 1 + random.nextInt(3);
        while (issues.size() < issueCount) {
            String issue = pick(ISSUES, random);
            if (!issues.contains(issue)) {
                issues.add(issue);
            }
        }
        return new Family(String.format("DEMO-%04d", number), referred, decided, lead[0], Integer.parseInt(lead[1]),
                retrospective, attachmentDate, null, random.nextInt(100) < 37, pick(DISTRICTS, random), children, issues);
    }

    private static int schoolYear(String bucket) {
        return switch (bucket) {
            case "1-6" -> 3;
            case "7-8" -> 8;
            default -> Integer.parseInt(bucket);
        };
    }

    private static String pick(Map<String, Integer> weights, Random random) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    private static Map<String, Integer> weights(Object... keysAndWeights) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndWeights.length; i += 2) {
            map.put((String) keysAndWeights[i], (Integer) keysAndWeights[i + 1]);
        }
        return map;
    }

    // Appendix 2's proportions
    private static final Map<String, Integer> SCHOOL_YEARS = weights("1-6", 12, "7-8", 8, "9", 16, "10", 16, "11", 46,
            "12", 2);
    private static final Map<String, Integer> SEN = weights("NONE", 32, "SCHOOL_ACTION", 15, "SCHOOL_ACTION_PLUS", 36,
            "STATEMENT", 17);
    private static final Map<String, Integer> ETHNICITY = weights("A1", 78, "A3", 3, "B1", 1, "C2", 2, "C3", 1, "C4", 1,
            "D2", 1, "D3", 4, "E4", 8);
    private static final Map<String, Integer> DISTRICTS = weights("Lakes Estate", 16, "Netherfield", 11, "Bletchley", 9,
            "Fishermead", 9, "Coffee Hall", 5, "Oldbrook", 5, "Eaglestone", 4, "Pennyland", 4, "Bradwells", 3,
            "Hodge Lea", 3, "Beanhill", 2, "Conniburrow", 2, "Galley Hill", 2, "Grange Farm", 2, "Stantonbury", 2,
            "Tinkers Bridge", 2, "Walnut Tree", 2, "Bradville", 1, "Broughton", 1, "Downs Barn", 1, "Fullers Slade", 1,
            "Furzton", 1, "Great Linford", 1, "Greenleys", 1, "Haversham", 1, "Heelands", 1, "New Bradwell", 1,
            "Old Farm Park", 1, "Springfield", 1, "Wavendon Gate", 1);
    private static final Map<String, Integer> ISSUES = weights("Domestic Violence", 20, "Parenting", 16,
            "Behaviour problems, school", 11, "Behaviour problems, home", 7, "Poor school attendance", 5,
            "Parental alcohol misuse", 4, "Sexual abuse of Young Person", 4, "Young Person Criminal Offence", 3,
            "Family Housing", 2, "Young Person Inappropriate sexual behaviour", 2, "Parental mental health", 7,
            "Parental drug misuse", 6, "Financial difficulties", 5, "Neglect", 4, "Bereavement", 3);
}
