package org.strengtheningfamilies.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strengtheningfamilies.allocation.KeyWorkerAllocation;
import org.strengtheningfamilies.allocation.KeyWorkerDirectory;
import org.strengtheningfamilies.api.ApiAccess;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.programme.ProgrammePhase;

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

    /**
     * With {@code phase}, each key worker's live families and the families waiting are those of the phase;
     * free places stay every phase's, as the cap is.
     */
    @GetMapping("/api/reports/capacity")
    public CapacityReport capacity(@RequestParam(required = false) String phase) {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, "the capacity report");
        Optional<ProgrammePhase> chosen = ReportViews.phaseParameter(phase);
        Map<String, Object> params = chosen.<Map<String, Object>>map(p -> Map.of("phase", p.name())).orElse(Map.of());
        String ofPhase = chosen.isPresent() ? " and programme_phase = :phase" : "";
        Map<String, Integer> live = new LinkedHashMap<>();
        Map<String, Integer> ofThePhase = new LinkedHashMap<>();
        jdbc.query("select key_worker, count(*), sum(case when " + (chosen.isPresent() ? "programme_phase = :phase" : "1 = 1")
                + " then 1 else 0 end) from sf_live_case where key_worker is not null group by key_worker", params, rs -> {
                    live.put(rs.getString(1), rs.getInt(2));
                    ofThePhase.put(rs.getString(1), rs.getInt(3));
                });
        Map<String, Integer> waiting = new LinkedHashMap<>();
        jdbc.query("select lead_service, count(*) from sf_live_case where awaiting_capacity_since is not null" + ofPhase
                + " group by lead_service", params, rs -> {
                    waiting.put(rs.getString(1), rs.getInt(2));
                });
        // overdue work now (sf.deadlines): each key worker's tasks past their due date, and the programme's
        Map<String, Long> overdue = queries.overdueTasksByHolder(clock.instant());
        int cap = allocation.cap();
        List<CapacityReport.Service> services = new ArrayList<>();
        for (LeadService service : LeadService.values()) {
            if (service == LeadService.NFA) {
                continue;
            }
            List<CapacityReport.KeyWorker> workers = new ArrayList<>();
            for (String worker : teamOf(service)) {
                workers.add(new CapacityReport.KeyWorker(worker, ofThePhase.getOrDefault(worker, 0), cap,
                        Math.max(0, cap - live.getOrDefault(worker, 0)), overdue.getOrDefault(worker, 0L)));
            }
            services.add(new CapacityReport.Service(service.name(), workers, cap * workers.size(),
                    workers.stream().mapToInt(CapacityReport.KeyWorker::liveFamilies).sum(),
                    waiting.getOrDefault(service.name(), 0),
                    workers.stream().mapToLong(CapacityReport.KeyWorker::overdueTasks).sum()));
        }
        return new CapacityReport(chosen.map(Enum::name).orElse(null), cap, services,
                waiting.values().stream().mapToInt(Integer::intValue).sum(),
                overdue.values().stream().mapToLong(Long::longValue).sum(), overdue.getOrDefault(null, 0L));
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
