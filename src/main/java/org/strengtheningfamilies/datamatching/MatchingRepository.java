package org.strengtheningfamilies.datamatching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The matching's tables: households, people, the dataset rows' person_id and the possible matches.
 * Runs in the caller's transaction (the engine's job), so a failed batch leaves nothing behind.
 */
class MatchingRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public MatchingRepository(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Rows not yet matched and not waiting for the data team, those with a UPRN first (they found
     * households by the firmest key, so records without one can join them by postcode).
     */
    public List<PersonRecord> unmatched(String dataset, boolean withUprn, int limit) {
        String table = Datasets.require(dataset);
        String sql = "select id, full_name, name_key, date_of_birth, gender, uprn, postcode, address from " + table
                + " t where t.person_id is null and t.uprn is " + (withUprn ? "not null" : "null")
                + " and not exists (select 1 from sf_possible_match m where m.dataset = :dataset and m.row_id = t.id"
                + " and m.status = 'OPEN') order by t.id fetch first " + limit + " rows only";
        return jdbc.query(sql, Map.of("dataset", table), (rs, i) -> new PersonRecord(table, rs.getLong("id"),
                rs.getString("full_name"), rs.getString("name_key"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("gender"), rs.getString("uprn"), Names.postcode(rs.getString("postcode")),
                rs.getString("address")));
    }

    public Optional<PersonRecord> record(String dataset, long rowId) {
        String table = Datasets.require(dataset);
        return jdbc.query("select id, full_name, name_key, date_of_birth, gender, uprn, postcode, address from " + table
                        + " where id = :id", Map.of("id", rowId),
                (rs, i) -> new PersonRecord(table, rs.getLong("id"), rs.getString("full_name"), rs.getString("name_key"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("gender"), rs.getString("uprn"),
                        Names.postcode(rs.getString("postcode")), rs.getString("address"))).stream().findFirst();
    }

    /** People born on the day, with their household's home: the only candidates a record can match. */
    public List<KnownPerson> bornOn(LocalDate dateOfBirth) {
        return jdbc.query("""
                select p.id, p.household_id, p.full_name, p.name_key, p.date_of_birth, p.gender, h.uprn, h.postcode
                  from sf_person p join sf_household h on h.id = p.household_id
                 where p.date_of_birth = :dob order by p.id""", Map.of("dob", dateOfBirth), (rs, i) -> new KnownPerson(
                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                rs.getString(6), rs.getString(7), rs.getString(8)));
    }

    public Optional<KnownPerson> person(long personId) {
        return jdbc.query("""
                select p.id, p.household_id, p.full_name, p.name_key, p.date_of_birth, p.gender, h.uprn, h.postcode
                  from sf_person p join sf_household h on h.id = p.household_id where p.id = :id""",
                Map.of("id", personId), (rs, i) -> new KnownPerson(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                        rs.getString(8))).stream().findFirst();
    }

    public void link(PersonRecord record, long personId) {
        jdbc.update("update " + Datasets.require(record.dataset()) + " set person_id = :person where id = :id",
                Map.of("person", personId, "id", record.rowId()));
        if (record.gender() != null) {
            // a person first seen in a dataset without gender takes it from the next record that has it
            jdbc.update("update sf_person set gender = :gender where id = :id and gender is null",
                    Map.of("gender", record.gender(), "id", personId));
        }
    }

    /** A new person from the record, in the household of its home (created when new). */
    public long newPerson(PersonRecord record) {
        long household = household(record);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into sf_person (household_id, full_name, name_key, date_of_birth, gender, created_at)
                values (:household, :name, :nameKey, :dob, :gender, :now)""", new MapSqlParameterSource()
                .addValue("household", household).addValue("name", record.fullName())
                .addValue("nameKey", nameKey(record)).addValue("dob", record.dateOfBirth())
                .addValue("gender", record.gender()).addValue("now", now()), key, new String[] {"id"});
        long person = key.getKey().longValue();
        link(record, person);
        return person;
    }

    static String nameKey(PersonRecord record) {
        return record.nameKey() == null || record.nameKey().isBlank() ? Names.nameKey(record.fullName()) : record.nameKey();
    }

    /**
     * The household key: the UPRN; else postcode and normalised address; else (neither) the record
     * itself, a household of one, rather than joining strangers who share no known home.
     */
    static String householdKey(PersonRecord record) {
        if (record.uprn() != null && !record.uprn().isBlank()) {
            return "U:" + record.uprn().trim();
        }
        String address = Names.addressKey(record.address());
        if (record.postcode() != null && !address.isEmpty()) {
            return "A:" + record.postcode() + ":" + address;
        }
        return "R:" + record.dataset() + ":" + record.rowId();
    }

    private long household(PersonRecord record) {
        String key = householdKey(record);
        Optional<Long> existing = jdbc.queryForList("select id from sf_household where household_key = :key",
                Map.of("key", key), Long.class).stream().findFirst();
        String addressKey = Names.addressKey(record.address());
        if (existing.isEmpty() && key.startsWith("A:")) {
            // the same address at the same postcode as a home known by its UPRN is that home
            existing = jdbc.queryForList("select id from sf_household where postcode = :postcode"
                    + " and address_key = :address order by id", Map.of("postcode", record.postcode(),
                    "address", addressKey), Long.class).stream().findFirst();
        }
        if (existing.isPresent()) {
            return existing.get();
        }
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.update("""
                insert into sf_household (household_key, uprn, postcode, address, address_key, created_at)
                values (:key, :uprn, :postcode, :address, :addressKey, :now)""", new MapSqlParameterSource().addValue("key", key)
                .addValue("uprn", record.uprn()).addValue("postcode", record.postcode())
                .addValue("addressKey", addressKey.isEmpty() ? null : addressKey)
                .addValue("address", record.address()).addValue("now", now()), id, new String[] {"id"});
        return id.getKey().longValue();
    }

    public void possibleMatch(PersonRecord record, KnownPerson candidate, double score) {
        // a record changed by a re-import after a decision is asked about again, under the same row
        int reopened = jdbc.update("""
                update sf_possible_match set candidate_person_id = :person, score = :score, status = 'OPEN',
                       found_at = :now, decided_by = null, decided_at = null
                 where dataset = :dataset and row_id = :row""", new MapSqlParameterSource()
                .addValue("dataset", record.dataset()).addValue("row", record.rowId())
                .addValue("person", candidate.personId())
                .addValue("score", BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP))
                .addValue("now", now()));
        if (reopened > 0) {
            return;
        }
        jdbc.update("""
                insert into sf_possible_match (dataset, row_id, candidate_person_id, score, status, found_at)
                values (:dataset, :row, :person, :score, 'OPEN', :now)""", new MapSqlParameterSource()
                .addValue("dataset", record.dataset()).addValue("row", record.rowId())
                .addValue("person", candidate.personId())
                .addValue("score", BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP))
                .addValue("now", now()));
    }

    public List<Long> openPossibleMatches() {
        return jdbc.queryForList("select id from sf_possible_match where status = 'OPEN' order by id", Map.of(), Long.class);
    }

    public record PossibleMatch(long id, String dataset, long rowId, long candidatePersonId, BigDecimal score, String status) {
    }

    public Optional<PossibleMatch> possibleMatch(long id) {
        return jdbc.query("select id, dataset, row_id, candidate_person_id, score, status from sf_possible_match where id = :id",
                Map.of("id", id), (rs, i) -> new PossibleMatch(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getBigDecimal(5), rs.getString(6))).stream().findFirst();
    }

    /** Closes an open possible match; false when it was no longer open (decided already). */
    public boolean decide(long id, String status, String user) {
        return jdbc.update("""
                update sf_possible_match set status = :status, decided_by = :user, decided_at = :now
                 where id = :id and status = 'OPEN'""", new MapSqlParameterSource().addValue("status", status)
                .addValue("user", user).addValue("now", now()).addValue("id", id)) == 1;
    }

    public String householdAddress(long householdId) {
        return jdbc.queryForList("select address from sf_household where id = :id", Map.of("id", householdId),
                String.class).stream().findFirst().orElse(null);
    }

    /** "school 3, police 2": where a person's records come from, for the data team to judge by. */
    public String recordsOf(long personId) {
        List<String> parts = new java.util.ArrayList<>();
        for (String table : Datasets.TABLES) {
            Integer count = jdbc.queryForObject("select count(*) from " + table + " where person_id = :id",
                    Map.of("id", personId), Integer.class);
            if (count != null && count > 0) {
                parts.add(table.replace("sf_data_", "") + " " + count);
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
