package org.strengtheningfamilies.readmodel;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The characteristics of identified young people counted per month of identification and programme
 * phase (sf_report_characteristic_month), always derived from the detail rows (sf_report_young_person,
 * sf_report_presenting_issue) by the same query, so that the counts and the details cannot disagree.
 */
@Component
public class CharacteristicCounts {

    /** A characteristic's value in a month, among the cases of one programme phase: what a count is kept for. */
    public record Key(LocalDate month, String phase, String characteristic, String value) {
    }

    /** Each characteristic as text, the same on H2 and PostgreSQL ('' where not recorded). */
    private static final String[][] COLUMNS = {
            {"gender", "coalesce(gender, '')"},
            {"identification_route", "coalesce(identification_route, '')"},
            {"known_to_social_care", "case when known_to_social_care then 'true' when not known_to_social_care then 'false' else '' end"},
            {"school_year", "coalesce(cast(school_year as varchar(4)), '')"},
            {"sen", "coalesce(sen, '')"},
            {"free_school_meals", "case when free_school_meals then 'true' when not free_school_meals then 'false' else '' end"},
            {"ethnicity", "coalesce(ethnicity, '')"},
            {"district", "coalesce(district, '')"}};

    private final NamedParameterJdbcTemplate jdbc;
    private Boolean postgres;

    public CharacteristicCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The counting query over the detail rows matching {@code where} (a condition on columns both
     * detail tables have): rows (characteristic c, value v, count n), and the identification day d and
     * the programme phase p first when {@code byDay}.
     */
    public static String detailQuery(String where, boolean byDay) {
        String day = byDay ? "identified_on as d, programme_phase as p, " : "";
        String groupDay = byDay ? "identified_on, programme_phase, " : "";
        List<String> parts = new ArrayList<>();
        parts.add("select " + day + "cast('people' as varchar(32)) as c, cast('' as varchar(200)) as v, count(*) as n "
                + "from sf_report_young_person where " + where + (byDay ? " group by identified_on, programme_phase" : ""));
        for (String[] column : COLUMNS) {
            parts.add("select " + day + "'" + column[0] + "', " + column[1] + ", count(*) from sf_report_young_person where "
                    + where + " group by " + groupDay + column[1]);
        }
        parts.add("select " + day + "'presenting_issue', issue, count(*) from sf_report_presenting_issue where " + where
                + " group by " + groupDay + "issue");
        return String.join(" union all ", parts);
    }

    /** What one case's detail rows contribute, by month. */
    Map<Key, Long> contributionOf(String processInstanceId) {
        Map<Key, Long> counts = new HashMap<>();
        jdbc.query(detailQuery("process_instance_id = :pid", true), new MapSqlParameterSource("pid", processInstanceId),
                rs -> {
                    LocalDate month = rs.getDate("d").toLocalDate().withDayOfMonth(1);
                    counts.merge(new Key(month, rs.getString("p"), rs.getString("c"), rs.getString("v")), rs.getLong("n"),
                            Long::sum);
                });
        return counts;
    }

    /** Adds (or with negative counts, removes) counts; concurrent identifications add up under row locks. */
    void add(Map<Key, Long> deltas) {
        deltas.forEach((key, delta) -> {
            if (delta == 0) {
                return;
            }
            MapSqlParameterSource row = new MapSqlParameterSource("month", Date.valueOf(key.month()))
                    .addValue("p", key.phase()).addValue("c", key.characteristic()).addValue("v", key.value())
                    .addValue("n", delta);
            if (isPostgres()) {
                jdbc.update("insert into sf_report_characteristic_month (month_start, programme_phase, characteristic, "
                        + "char_value, people) values (:month, :p, :c, :v, :n) "
                        + "on conflict (month_start, programme_phase, characteristic, char_value) "
                        + "do update set people = sf_report_characteristic_month.people + excluded.people", row);
                return;
            }
            if (increment(row) == 0) {
                try {
                    jdbc.update("insert into sf_report_characteristic_month (month_start, programme_phase, characteristic, "
                            + "char_value, people) values (:month, :p, :c, :v, :n)", row);
                } catch (DuplicateKeyException concurrentFirstInsert) {
                    // H2 keeps the transaction usable after a failed statement; the row exists now
                    increment(row);
                }
            }
        });
    }

    private int increment(MapSqlParameterSource row) {
        return jdbc.update("update sf_report_characteristic_month set people = people + :n "
                + "where month_start = :month and programme_phase = :p and characteristic = :c and char_value = :v", row);
    }

    /**
     * Recounts everything from the detail rows: for read-model rows loaded in bulk (the benchmark), or
     * to repair. Not for use while families are being identified.
     */
    public void rebuild() {
        Map<Key, Long> counts = new HashMap<>();
        jdbc.query(detailQuery("identified_on is not null", true), rs -> {
            LocalDate month = rs.getDate("d").toLocalDate().withDayOfMonth(1);
            counts.merge(new Key(month, rs.getString("p"), rs.getString("c"), rs.getString("v")), rs.getLong("n"), Long::sum);
        });
        jdbc.getJdbcTemplate().update("delete from sf_report_characteristic_month");
        jdbc.batchUpdate("insert into sf_report_characteristic_month (month_start, programme_phase, characteristic, "
                        + "char_value, people) values (:month, :p, :c, :v, :n)",
                counts.entrySet().stream().map(e -> new MapSqlParameterSource("month", Date.valueOf(e.getKey().month()))
                        .addValue("p", e.getKey().phase()).addValue("c", e.getKey().characteristic()).addValue("v", e.getKey().value())
                        .addValue("n", e.getValue())).toArray(SqlParameterSource[]::new));
    }

    private boolean isPostgres() {
        if (postgres == null) {
            String product = jdbc.getJdbcTemplate().execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            postgres = "PostgreSQL".equalsIgnoreCase(product);
        }
        return postgres;
    }
}
