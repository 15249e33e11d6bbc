package org.strengtheningfamilies.security;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every query with authorizations on tests the grant rows' permission bits ({@code PERMS_ & 2 = 2}).
 * PostgreSQL cannot estimate such a test from the column's statistics and guesses 0.5% of the rows, so
 * for a group with a grant on each of its 1,800 open tasks (internal audit at 120,000 families) it
 * expects 23 rows, keeps them in memory and compares every task with every grant: 390 ms for one
 * count. With statistics on the bits themselves (PostgreSQL 14 and later) it knows the rows are many
 * and probes the index on the grant's resource instead: 26 ms (docs/performance-staff-screens.md).
 * Created at start-up if missing, on the engine's table, which Flyway's migrations run before.
 */
@Component
class AuthorizationPlannerStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationPlannerStatistics.class);

    /** READ on tasks, instances and history (2); READ_TASK on a process, READ_VARIABLE on a task (64). */
    static final Map<String, Integer> BITS = Map.of("sf_authorization_perms_2", 2, "sf_authorization_perms_64", 64);

    private final JdbcTemplate jdbc;

    AuthorizationPlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensure() {
        try {
            if (!supported()) {
                return;
            }
            boolean created = false;
            for (var bit : BITS.entrySet()) {
                Integer existing = jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?",
                        Integer.class, bit.getKey());
                if (existing == null || existing == 0) {
                    jdbc.execute("create statistics if not exists " + bit.getKey() + " on ((perms_ & " + bit.getValue()
                            + ")) from act_ru_authorization");
                    created = true;
                }
            }
            if (created) {
                jdbc.execute("analyze act_ru_authorization");
                LOG.info("Planner statistics on the authorization table's permission bits created");
            }
        } catch (DataAccessException e) {
            // e.g. the application's database user does not own the engine's tables: slower lists, nothing wrong
            LOG.warn("Planner statistics on act_ru_authorization not created ({}); see docs/performance-staff-screens.md",
                    e.getMostSpecificCause().getMessage());
        }
    }

    private boolean supported() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return false;
        }
        Integer version = jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class);
        return version != null && version >= 140000;
    }
}
