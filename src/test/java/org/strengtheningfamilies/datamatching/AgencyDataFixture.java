package org.strengtheningfamilies.datamatching;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Writes dataset rows as an import would (V4_1 columns), for tests of matching and the run. */
public class AgencyDataFixture {

    private static final AtomicInteger RECORD = new AtomicInteger();

    private final NamedParameterJdbcTemplate jdbc;

    public AgencyDataFixture(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who a row is about and where they live. */
    public record Person(String name, String dateOfBirth, String gender, String uprn, String postcode, String address) {
    }

    private MapSqlParameterSource person(Person p, String period) {
        return new MapSqlParameterSource().addValue("record", "R" + RECORD.incrementAndGet()).addValue("period", period)
                .addValue("name", p.name()).addValue("nameKey", Names.nameKey(p.name()))
                .addValue("dob", LocalDate.parse(p.dateOfBirth())).addValue("gender", p.gender())
                .addValue("uprn", p.uprn()).addValue("postcode", Names.postcode(p.postcode()))
                .addValue("address", p.address());
    }

    private static final String PERSON_COLUMNS = "import_id, record_id, period, full_name, name_key, date_of_birth,"
            + " gender, uprn, postcode, address";
    private static final String PERSON_VALUES = "0, :record, :period, :name, :nameKey, :dob, :gender, :uprn, :postcode, :address";

    public void schoolTerm(Person p, String period, String start, String end, int possible, int absent, int fixed,
                           boolean permanent, boolean ap, boolean onRoll) {
        jdbc.update("insert into sf_data_school (" + PERSON_COLUMNS + ", term_start, term_end, school_year,"
                + " possible_sessions, unauthorised_absence_sessions, fixed_exclusions, permanently_excluded,"
                + " alternative_provision, on_roll, sen, free_school_meals, ethnicity) values (" + PERSON_VALUES
                + ", :start, :end, 9, :possible, :absent, :fixed, :permanent, :ap, :onRoll, 'NONE', true, 'A1')",
                person(p, period).addValue("start", LocalDate.parse(start)).addValue("end", LocalDate.parse(end))
                        .addValue("possible", possible).addValue("absent", absent).addValue("fixed", fixed)
                        .addValue("permanent", permanent).addValue("ap", ap).addValue("onRoll", onRoll));
    }

    /** Autumn 2012, spring and summer 2013 (350 sessions), with the given fixed exclusions each term. */
    public void threeTerms(Person p, int absentEach, int fixedEach) {
        schoolTerm(p, "2012-AUTUMN", "2012-09-03", "2012-12-20", 120, absentEach, fixedEach, false, false, true);
        schoolTerm(p, "2013-SPRING", "2013-01-03", "2013-03-28", 110, absentEach, fixedEach, false, false, true);
        schoolTerm(p, "2013-SUMMER", "2013-04-15", "2013-07-19", 120, absentEach, fixedEach, false, false, true);
    }

    public void police(Person p, String eventType, String date, Integer age, boolean domesticAbuse) {
        jdbc.update("insert into sf_data_police (" + PERSON_COLUMNS + ", source, event_type, event_date, age_at_event,"
                + " domestic_abuse) values (" + PERSON_VALUES + ", 'POLICE', :type, :date, :age, :da)",
                person(p, date.substring(0, 7)).addValue("type", eventType).addValue("date", LocalDate.parse(date))
                        .addValue("age", age).addValue("da", domesticAbuse));
    }

    public void dwp(Person p, String spellType, String start, String end) {
        jdbc.update("insert into sf_data_dwp (" + PERSON_COLUMNS + ", spell_type, start_date, end_date) values ("
                + PERSON_VALUES + ", :type, :start, :end)", person(p, start.substring(0, 7)).addValue("type", spellType)
                .addValue("start", LocalDate.parse(start)).addValue("end", end == null ? null : LocalDate.parse(end)));
    }

    public void housing(Person p, String month, long arrearsPence, boolean evictionRisk, boolean asbIntervention,
                        String interventionDate) {
        jdbc.update("insert into sf_data_housing (" + PERSON_COLUMNS + ", rent_arrears_pence, eviction_risk,"
                + " housing_asb_intervention, intervention_date) values (" + PERSON_VALUES
                + ", :arrears, :eviction, :asb, :date)", person(p, month).addValue("arrears", arrearsPence)
                .addValue("eviction", evictionRisk).addValue("asb", asbIntervention)
                .addValue("date", interventionDate == null ? null : LocalDate.parse(interventionDate)));
    }

    public void substance(Person p, String start, String end) {
        jdbc.update("insert into sf_data_substance (" + PERSON_COLUMNS + ", start_date, end_date, substance) values ("
                + PERSON_VALUES + ", :start, :end, 'ALCOHOL')", person(p, start.substring(0, 7))
                .addValue("start", LocalDate.parse(start)).addValue("end", end == null ? null : LocalDate.parse(end)));
    }

    /** A Children's Social Care episode: KNOWN, CHILD_IN_NEED, CHILD_PROTECTION or EARLY_HELP. */
    public void socialCare(Person p, String status, String start, String end) {
        jdbc.update("insert into sf_data_social_care (" + PERSON_COLUMNS + ", status, start_date, end_date) values ("
                + PERSON_VALUES + ", :status, :start, :end)", person(p, start.substring(0, 7)).addValue("status", status)
                .addValue("start", LocalDate.parse(start)).addValue("end", end == null ? null : LocalDate.parse(end)));
    }

    /** Empties the datasets and the matching's tables (not the engine's). */
    public void clear() {
        for (String table : new String[] {"sf_evidence_correction", "sf_identification_result", "sf_identification_run",
                "sf_possible_match", "sf_data_school", "sf_data_police", "sf_data_dwp", "sf_data_housing",
                "sf_data_substance", "sf_data_social_care", "sf_person", "sf_household"}) {
            jdbc.update("delete from " + table, Map.of());
        }
    }
}
