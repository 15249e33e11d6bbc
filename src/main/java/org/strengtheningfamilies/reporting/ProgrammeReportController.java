package org.strengtheningfamilies.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strengtheningfamilies.api.ApiAccess;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.reporting.ProgrammeReports.Audience;

/**
 * The programme reports over the read model, each as JSON or ({@code format=csv}) CSV, as at
 * {@code asOf} (yyyy-MM-dd, default today): {@code /api/reports/targets} (Table 1),
 * {@code /activity} (Table 2), {@code /characteristics} (Appendix 2), {@code /performance}
 * (Appendix 3), {@code /claims} and {@code /outcomes} (successful family outcomes); every one but the
 * performance report of one programme phase ({@code phase=SF_2022}) or, by default, of every phase. Managers, the coordinator and administrators only; aggregates
 * only. The coordinator and administrators, who may read every case, get exact figures; managers
 * get them through disclosure control (README "Roles").
 */
@RestController
public class ProgrammeReportController {

    /** Who may read every case, and so sees exact figures. */
    static final Set<String> EXACT_FIGURES = Set.of("coordinator", "camunda-admin");
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /** The report of one phase, or (empty) of every phase with each case under its own. */
    @FunctionalInterface
    interface PhaseReport {
        TabularReport of(LocalDate asOf, Audience audience, Optional<ProgrammePhase> phase);
    }

    private final IdentityService identity;
    private final ProgrammeReports reports;
    private final OutcomesReports outcomes;
    private final Clock clock;

    public ProgrammeReportController(@Lazy IdentityService identity, ProgrammeReports reports, OutcomesReports outcomes,
                                     Clock clock) {
        this.identity = identity;
        this.reports = reports;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @GetMapping("/api/reports/targets")
    public ResponseEntity<?> targets(@RequestParam(required = false) String asOf,
                                     @RequestParam(required = false) String phase,
                                     @RequestParam(defaultValue = "json") String format) {
        return respond("the targets report", asOf, phase, format, reports::targets);
    }

    @GetMapping("/api/reports/activity")
    public ResponseEntity<?> activity(@RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) String phase,
                                      @RequestParam(defaultValue = "json") String format) {
        return respond("the activity report", asOf, phase, format, reports::activity);
    }

    @GetMapping("/api/reports/characteristics")
    public ResponseEntity<?> characteristics(@RequestParam(required = false) String asOf,
                                             @RequestParam(required = false) String phase,
                                             @RequestParam(defaultValue = "json") String format) {
        return respond("the characteristics report", asOf, phase, format, reports::characteristics);
    }

    /** Appendix 3 is the 2012-15 programme's comparison with its neighbours: of 2012-15's families only. */
    @GetMapping("/api/reports/performance")
    public ResponseEntity<?> performance(@RequestParam(required = false) String asOf,
                                         @RequestParam(required = false) String phase,
                                         @RequestParam(defaultValue = "json") String format) {
        Optional<ProgrammePhase> asked = ReportViews.phaseParameter(phase);
        if (asked.isPresent() && asked.get() != ProgrammePhase.TF_2012) {
            throw new IllegalArgumentException("the performance report compares the 2012 to 2015 programme with the "
                    + "statistical neighbours' figures of those years: leave phase out or give TF_2012 (was " + phase + ")");
        }
        return respond("the performance report", asOf, null, format, (date, audience, p) -> reports.performance(date, audience));
    }

    @GetMapping("/api/reports/claims")
    public ResponseEntity<?> claims(@RequestParam(required = false) String asOf,
                                    @RequestParam(required = false) String phase,
                                    @RequestParam(defaultValue = "json") String format) {
        return respond("the claims report", asOf, phase, format, reports::claims);
    }

    /** Successful family outcomes per quarter and per need (OutcomesReport). */
    @GetMapping("/api/reports/outcomes")
    public ResponseEntity<?> outcomes(@RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) String phase,
                                      @RequestParam(defaultValue = "json") String format) {
        return respond("the successful family outcomes report", asOf, phase, format, outcomes::outcomes);
    }

    private ResponseEntity<?> respond(String what, String asOf, String phase, String format, PhaseReport report) {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, what);
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"json".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("format must be json or csv (was " + format + ")");
        }
        Optional<ProgrammePhase> chosen = ReportViews.phaseParameter(phase);
        TabularReport result = report.of(date(asOf), audience(identity.getCurrentAuthentication()), chosen);
        if (csv) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(result.csv());
        }
        return ResponseEntity.ok(result);
    }

    static Audience audience(Authentication caller) {
        return caller != null && caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(EXACT_FIGURES::contains)
                ? Audience.EXACT : Audience.CONTROLLED;
    }

    private LocalDate date(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf must be a date as yyyy-MM-dd (was " + asOf + ")");
        }
        LocalDate first = reports.views().earliestStart();
        if (date.isBefore(first) || date.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException("asOf must be a date from the programme's start (" + first + ") to "
                    + LAST_DAY + " (was " + asOf + ")");
        }
        return date;
    }
}
