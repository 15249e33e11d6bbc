package org.strengtheningfamilies.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strengtheningfamilies.allocation.KeyWorkerAllocation;
import org.strengtheningfamilies.allocation.KeyWorkerDirectory;
import org.strengtheningfamilies.api.ApiAccess;
import org.strengtheningfamilies.panel.LeadService;

/**
 * {@code GET /api/reports/capacity}: live families per key worker against the cap, by lead service,
 * and how many families wait for a place. Aggregates only: no family is named.
 */
@RestController
public class CapacityReportController {

    private final NamedParameterJdbcTemplate jdbc;
    private final KeyWorkerDirectory directory;
    private final KeyWorkerAllocation allocation;
    private final IdentityService identity;
    private final ReportQueries queries;
    private final Clock clock;

    public CapacityReportController(NamedParameterJdbcTemplate jdbc, KeyWorkerDirectory directory,
                                    KeyWorkerAllocation allocation, @Lazy IdentityService identity,
                                    ReportQueries queries, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.clock = clock;
        this.directory = directory;
        this.allocation = allocation;
        this.identity = identity;
    }

    @GetMapping("/api/reports/capacity")
    public Map<String, Object> capacity() {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, "the capacity report");
        Map<String, Integer> live = new LinkedHashMap<>();
        jdbc.query("select key_worker, count(*) from sf_live_case where key_worker is not null group by key_worker",
                Map.of(), rs -> {
                    live.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, Integer> waiting = new LinkedHashMap<>();
        jdbc.query("select lead_service, count(*) from sf_live_case where awaiting_capacity_since is not null "
                + "group by lead_service", Map.of(), rs -> {
                    waiting.put(rs.getString(1), rs.getInt(2));
                });
        // overdue work now (sf.deadlines): each key worker's tasks past their due date, and the programme's
        Map<String, Long> overdue = queries.overdueTasksByHolder(clock.instant());
        List<Map<String, Object>> services = new ArrayList<>();
        for (LeadService service : LeadService.values()) {
            if (service == LeadService.NFA) {
                continue;
            }
            List<Map<String, Object>> workers = new ArrayList<>();
            int places = 0;
            int taken = 0;
            long late = 0;
            for (String worker : teamOf(service)) {
                int families = live.getOrDefault(worker, 0);
                long overdueTasks = overdue.getOrDefault(worker, 0L);
                workers.add(Map.of("keyWorker", worker, "liveFamilies", families, "cap", allocation.cap(),
                        "freePlaces", Math.max(0, allocation.cap() - families), "overdueTasks", overdueTasks));
                late += overdueTasks;
                places += allocation.cap();
                taken += families;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("leadService", service.name());
            row.put("keyWorkers", workers);
            row.put("places", places);
            row.put("liveFamilies", taken);
            row.put("familiesWaiting", waiting.getOrDefault(service.name(), 0));
            row.put("overdueTasks", late);
            services.add(row);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("cap", allocation.cap());
        report.put("services", services);
        report.put("familiesWaiting", waiting.values().stream().mapToInt(Integer::intValue).sum());
        report.put("overdueTasks", overdue.values().stream().mapToLong(Long::longValue).sum());
        report.put("overdueTasksNotTaken", overdue.getOrDefault(null, 0L));
        return report;
    }

    /** Managers may not browse users; the team list is read on the system's behalf, ids only. */
    private List<String> teamOf(LeadService service) {
        org.camunda.bpm.engine.impl.identity.Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return directory.members(service.teamGroup());
        } finally {
            identity.setAuthentication(caller);
        }
    }
}
