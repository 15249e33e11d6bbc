package org.strengtheningfamilies.datamatching;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches the records the imports left unmatched into people and households, a batch at a time,
 * and applies the data team's decisions on possible matches.
 */
class DataMatching {

    private static final Logger LOG = LoggerFactory.getLogger(DataMatching.class);

    private final PersonMatcher matcher;
    private final MatchingRepository repository;

    public DataMatching(PersonMatcher matcher, MatchingRepository repository) {
        this.matcher = matcher;
        this.repository = repository;
    }

    /** What one batch did; {@code more} when the batch was full, so another may find more. */
    public record BatchResult(int records, int linked, int newPeople, int possibleMatches, boolean more) {
    }

    public BatchResult matchBatch(int limit) {
        int records = 0;
        int linked = 0;
        int created = 0;
        int possible = 0;
        for (boolean withUprn : new boolean[] {true, false}) {
            for (String dataset : Datasets.TABLES) {
                if (records == limit) {
                    break;
                }
                for (PersonRecord record : repository.unmatched(dataset, withUprn, limit - records)) {
                    records++;
                    MatchDecision decision = matcher.match(record, repository.bornOn(record.dateOfBirth()));
                    switch (decision.kind()) {
                        case EXACT, SIMILAR -> {
                            repository.link(record, decision.person().personId());
                            linked++;
                        }
                        case POSSIBLE -> {
                            repository.possibleMatch(record, decision.person(), decision.score());
                            possible++;
                        }
                        case NEW -> {
                            repository.newPerson(record);
                            created++;
                        }
                    }
                }
            }
        }
        BatchResult result = new BatchResult(records, linked, created, possible, records == limit);
        LOG.info("data matching batch: {} records, {} linked to known people, {} new people, {} possible matches",
                records, linked, created, possible);
        return result;
    }

    /** The data team's decision: the record is the candidate, or somebody new. */
    public void resolve(long possibleMatchId, boolean samePerson, String decidedBy) {
        MatchingRepository.PossibleMatch match = repository.possibleMatch(possibleMatchId)
                .orElseThrow(() -> new IllegalArgumentException("no possible match " + possibleMatchId));
        java.util.Optional<PersonRecord> record = repository.record(match.dataset(), match.rowId());
        // re-imported away since: nothing left to decide about
        String status = record.isEmpty() ? "WITHDRAWN" : samePerson ? "SAME_PERSON" : "DIFFERENT_PEOPLE";
        if (!repository.decide(possibleMatchId, status, decidedBy)) {
            throw new IllegalStateException("possible match " + possibleMatchId + " was already decided ("
                    + match.status() + ")");
        }
        if (record.isEmpty()) {
            return;
        }
        if (samePerson) {
            repository.link(record.get(), match.candidatePersonId());
        } else {
            repository.newPerson(record.get());
        }
    }
}
