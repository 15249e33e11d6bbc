package org.strengtheningfamilies.partnerapi;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The administrator's settings of each partner-systems account (sf_partner_account). */
class PartnerAccounts {

    record Settings(String userId, String callbackUrl, String callbackSecret, Integer requestsPerMinute,
                    Instant updatedAt, String updatedBy) {
        boolean hasCallback() {
            return callbackUrl != null && callbackSecret != null;
        }
    }

    private static final RowMapper<Settings> ROW = (rs, n) -> new Settings(rs.getString("user_id"),
            rs.getString("callback_url"), rs.getString("callback_secret"), (Integer) rs.getObject("requests_per_minute"),
            rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));

    private final JdbcTemplate jdbc;

    PartnerAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Settings> find(String userId) {
        return jdbc.query("select * from sf_partner_account where user_id = ?", ROW, userId).stream().findFirst();
    }

    List<Settings> all() {
        return jdbc.query("select * from sf_partner_account order by user_id", ROW);
    }

    void save(Settings settings) {
        int updated = jdbc.update("update sf_partner_account set callback_url = ?, callback_secret = ?, "
                        + "requests_per_minute = ?, updated_at = ?, updated_by = ? where user_id = ?",
                settings.callbackUrl(), settings.callbackSecret(), settings.requestsPerMinute(),
                Timestamp.from(settings.updatedAt()), settings.updatedBy(), settings.userId());
        if (updated == 0) {
            jdbc.update("insert into sf_partner_account (user_id, callback_url, callback_secret, requests_per_minute, "
                            + "updated_at, updated_by) values (?, ?, ?, ?, ?, ?)", settings.userId(), settings.callbackUrl(),
                    settings.callbackSecret(), settings.requestsPerMinute(), Timestamp.from(settings.updatedAt()),
                    settings.updatedBy());
        }
    }

    void delete(String userId) {
        jdbc.update("delete from sf_partner_account where user_id = ?", userId);
    }
}
