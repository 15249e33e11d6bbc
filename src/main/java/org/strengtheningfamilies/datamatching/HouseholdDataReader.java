package org.strengtheningfamilies.datamatching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.strengtheningfamilies.datamatching.HouseholdData.DwpSpell;
import org.strengtheningfamilies.datamatching.HouseholdData.Episode;
import org.strengtheningfamilies.datamatching.HouseholdData.HousingMonth;
import org.strengtheningfamilies.datamatching.HouseholdData.Member;
import org.strengtheningfamilies.datamatching.HouseholdData.PoliceEvent;
import org.strengtheningfamilies.datamatching.HouseholdData.SchoolTerm;
import org.strengtheningfamilies.datamatching.HouseholdData.SocialCareEpisode;

/** Reads a household and every matched dataset row of its people. */
class HouseholdDataReader {

    private static final Pattern MONTH = Pattern.compile("^\\d{4}-\\d{2}$");

    private final NamedParameterJdbcTemplate jdbc;

    public HouseholdDataReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Households with at least one person, after {@code afterId} in id order: one batch of a run. */
    public List<Long> householdsAfter(long afterId, int limit) {
        return jdbc.queryForList("select h.id from sf_household h where h.id > :after"
                        + " and exists (select 1 from sf_person p where p.household_id = h.id)"
                        + " order by h.id fetch first " + limit + " rows only",
                Map.of("after", afterId), Long.class);
    }

    public Optional<HouseholdData> read(long householdId) {
        List<Object[]> home = jdbc.query("select uprn, postcode, address from sf_household where id = :id",
                Map.of("id", householdId), (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        if (home.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Member> members = new java.util.LinkedHashMap<>();
        jdbc.query("select id, full_name, date_of_birth, gender from sf_person where household_id = :id order by id",
                Map.of("id", householdId), rs -> {
                    long id = rs.getLong(1);
                    members.put(id, new Member(id, rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                            new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                            new ArrayList<>(), new ArrayList<>()));
                });
        Map<String, Object> byHousehold = Map.of("id", householdId);
        String people = " where person_id in (select id from sf_person where household_id = :id) order by id";
        rows("select person_id, period, term_start, term_end, school_year, possible_sessions,"
                + " unauthorised_absence_sessions, fixed_exclusions, permanently_excluded, alternative_provision,"
                + " on_roll, sen, free_school_meals, ethnicity from " + Datasets.SCHOOL + people, byHousehold,
                (rs, i) -> new SchoolTerm(rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), (Integer) rs.getObject(5), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11), rs.getString(12),
                        rs.getBoolean(13), rs.getString(14)),
                members, (m, v) -> m.school().add(v));
        rows("select person_id, event_type, event_date, age_at_event, domestic_abuse from " + Datasets.POLICE + people,
                byHousehold, (rs, i) -> new PoliceEvent(rs.getString(2), rs.getObject(3, LocalDate.class),
                        (Integer) rs.getObject(4), rs.getBoolean(5)),
                members, (m, v) -> m.police().add(v));
        rows("select person_id, spell_type, start_date, end_date from " + Datasets.DWP + people, byHousehold,
                (rs, i) -> new DwpSpell(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)),
                members, (m, v) -> m.dwp().add(v));
        rows("select person_id, period, rent_arrears_pence, eviction_risk, housing_asb_intervention, intervention_date from "
                        + Datasets.HOUSING + people, byHousehold,
                (rs, i) -> {
                    String period = rs.getString(2);
                    LocalDate intervention = rs.getObject(6, LocalDate.class);
                    LocalDate month = period != null && MONTH.matcher(period).matches()
                            ? LocalDate.parse(period + "-01")
                            : intervention == null ? null : intervention.withDayOfMonth(1);
                    return new HousingMonth(month, rs.getLong(3), rs.getBoolean(4), rs.getBoolean(5), intervention);
                },
                members, (m, v) -> m.housing().add(v));
        rows("select person_id, start_date, end_date from " + Datasets.SUBSTANCE + people, byHousehold,
                (rs, i) -> new Episode(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)),
                members, (m, v) -> m.substanceMisuse().add(v));
        rows("select person_id, status, start_date, end_date from " + Datasets.SOCIAL_CARE + people, byHousehold,
                (rs, i) -> new SocialCareEpisode(rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)),
                members, (m, v) -> m.socialCare().add(v));
        Object[] h = home.get(0);
        return Optional.of(new HouseholdData(householdId, (String) h[0], (String) h[1], (String) h[2],
                List.copyOf(members.values())));
    }

    private <T> void rows(String sql, Map<String, Object> params, RowMapper<T> mapper, Map<Long, Member> members,
                          BiConsumer<Member, T> add) {
        Map<Long, List<T>> byPerson = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            long person = rs.getLong(1);
            byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(mapper.mapRow(rs, 0));
        });
        byPerson.forEach((person, values) -> {
            Member member = members.get(person);
            if (member != null) {
                values.forEach(v -> add.accept(member, v));
            }
        });
    }
}
