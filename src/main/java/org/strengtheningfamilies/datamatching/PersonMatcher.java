package org.strengtheningfamilies.datamatching;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Decides whether a dataset record is a person already known. Exact key first (UPRN + normalised
 * name + date of birth); then Jaro-Winkler similarity of the normalised names among people with the
 * same date of birth and postcode. A date of birth that differs is never matched: agencies spell
 * names differently far more often than they record a wrong birthday, and merging two people is
 * the worse mistake (their data would count for a family that is not theirs).
 * <p>
 * Below certainty the matcher does not guess: a score between the thresholds is a possible match
 * for the data team. Two further signs of different people keep a score out of the certain band:
 * both genders recorded and different (then never matched), and both UPRNs recorded and different
 * (at most possible: same postcode, same birthday, similar name, but another door).
 */
class PersonMatcher {

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final double certainThreshold;
    private final double possibleThreshold;

    public PersonMatcher(double certainThreshold, double possibleThreshold) {
        if (!(possibleThreshold > 0 && possibleThreshold <= certainThreshold && certainThreshold <= 1)) {
            throw new IllegalArgumentException("sf.matching thresholds must satisfy 0 < possible-threshold ("
                    + possibleThreshold + ") <= certain-threshold (" + certainThreshold + ") <= 1");
        }
        this.certainThreshold = certainThreshold;
        this.possibleThreshold = possibleThreshold;
    }

    public static double similarity(String nameKeyA, String nameKeyB) {
        return SIMILARITY.apply(nameKeyA, nameKeyB);
    }

    /** The decision for {@code record} among {@code candidates} (people with its date of birth). */
    public MatchDecision match(PersonRecord record, List<KnownPerson> candidates) {
        String nameKey = record.nameKey() == null || record.nameKey().isBlank()
                ? Names.nameKey(record.fullName()) : record.nameKey();
        List<KnownPerson> sameBirthday = candidates.stream()
                .filter(c -> c.dateOfBirth().equals(record.dateOfBirth()))
                .filter(c -> !differ(c.gender(), record.gender()))
                .sorted(Comparator.comparingLong(KnownPerson::personId))
                .toList();
        if (record.uprn() != null) {
            for (KnownPerson c : sameBirthday) {
                if (record.uprn().equals(c.uprn()) && nameKey.equals(c.nameKey())) {
                    return new MatchDecision(MatchDecision.Kind.EXACT, c, 1.0);
                }
            }
        }
        if (record.postcode() == null) {
            return MatchDecision.newPerson();
        }
        KnownPerson best = null;
        double bestScore = -1;
        boolean tied = false;
        for (KnownPerson c : sameBirthday) {
            if (!record.postcode().equals(c.postcode())) {
                continue;
            }
            double score = similarity(nameKey, c.nameKey());
            if (differ(c.uprn(), record.uprn())) {
                score = Math.min(score, Math.nextDown(certainThreshold));
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
                tied = false;
            } else if (score == bestScore) {
                tied = true;
            }
        }
        if (best == null || bestScore < possibleThreshold) {
            return MatchDecision.newPerson();
        }
        // two people equally like the record: which one is for a person to say
        if (bestScore >= certainThreshold && !tied) {
            return new MatchDecision(MatchDecision.Kind.SIMILAR, best, bestScore);
        }
        return new MatchDecision(MatchDecision.Kind.POSSIBLE, best, bestScore);
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !Objects.equals(a, b);
    }
}
