package org.strengtheningfamilies.datamatching;

import java.sql.Timestamp;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Corrections in the task's transaction: a refused completion keeps none. */
class JdbcEvidenceCorrections implements EvidenceCorrections {

    private final NamedParameterJdbcTemplate jdbc;

    public JdbcEvidenceCorrections(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Correction c) {
        jdbc.update("""
                insert into sf_evidence_correction (family_ref, process_instance_id, variable, prefilled_value,
                    submitted_value, corrected_by, corrected_at, reason)
                values (:ref, :pi, :variable, :prefilled, :submitted, :by, :at, :reason)""", new MapSqlParameterSource()
                .addValue("ref", c.familyRef()).addValue("pi", c.processInstanceId()).addValue("variable", c.variable())
                .addValue("prefilled", c.prefilledValue()).addValue("submitted", c.submittedValue())
                .addValue("by", c.correctedBy()).addValue("at", Timestamp.from(c.correctedAt()))
                .addValue("reason", c.reason()));
    }
}
