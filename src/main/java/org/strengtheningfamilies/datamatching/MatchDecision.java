package org.strengtheningfamilies.datamatching;

/**
 * What the matcher concluded about one record: the same person by exact key or by a certain
 * similarity, a possible match for the data team to resolve, or somebody new.
 */
record MatchDecision(Kind kind, KnownPerson person, double score) {

    public enum Kind { EXACT, SIMILAR, POSSIBLE, NEW }

    public static MatchDecision newPerson() {
        return new MatchDecision(Kind.NEW, null, 0);
    }

    public boolean links() {
        return kind == Kind.EXACT || kind == Kind.SIMILAR;
    }
}
