package org.strengtheningfamilies.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strengtheningfamilies.api.ApiAccess;

/**
 * The programme reports over the read model, each as JSON or ({@code format=csv}) CSV, as at
 * {@code asOf} (yyyy-MM-dd, default today): {@code /api/reports/targets} (Table 1),
 * {@code /activity} (Table 2), {@code /characteristics} (Appendix 2), {@code /performance}
 * (Appendix 3) and {@code /claims}. Managers, the coordinator and administrators only; aggregates only.
 */
@RestController
public class ProgrammeReportController {

    private final IdentityService identity;
    private final ProgrammeReports reports;
    private final Clock clock;

    public ProgrammeReportController(@Lazy IdentityService identity, ProgrammeReports reports, Clock clock) {
        this.identity = identity;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/reports/targets")
    public ResponseEntity<?> targets(@RequestParam(required = false) String asOf,
                                     @RequestParam(defaultValue = "json") String format) throws IOException {
        return respond("the targets report", asOf, format, reports::targets);
    }

    @GetMapping("/api/reports/activity")
    public ResponseEntity<?> activity(@RequestParam(required = false) String asOf,
                                      @RequestParam(defaultValue = "json") String format) throws IOException {
        return respond("the activity report", asOf, format, reports::activity);
    }

    @GetMapping("/api/reports/characteristics")
    public ResponseEntity<?> characteristics(@RequestParam(required = false) String asOf,
                                             @RequestParam(defaultValue = "json") String format) throws IOException {
        return respond("the characteristics report", asOf, format, reports::characteristics);
    }

    @GetMapping("/api/reports/performance")
    public ResponseEntity<?> performance(@RequestParam(required = false) String asOf,
                                         @RequestParam(defaultValue = "json") String format) throws IOException {
        return respond("the performance report", asOf, format, reports::performance);
    }

    @GetMapping("/api/reports/claims")
    public ResponseEntity<?> claims(@RequestParam(required = false) String asOf,
                                    @RequestParam(defaultValue = "json") String format) throws IOException {
        return respond("the claims report", asOf, format, reports::claims);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, String>> badParameter(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", e.getMessage()));
    }

    private ResponseEntity<?> respond(String what, String asOf, String format, Function<LocalDate, Report> report)
            throws IOException {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, what);
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"json".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("format must be json or csv (was " + format + ")");
        }
        Report result = report.apply(date(asOf));
        if (csv) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv")).body(csv(result));
        }
        return ResponseEntity.ok(result.json());
    }

    private LocalDate date(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf must be a date as yyyy-MM-dd (was " + asOf + ")");
        }
    }

    private static String csv(Report report) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(report.csvHeader().toArray(String[]::new)).get())) {
            for (var row : report.csvRows()) {
                printer.printRecord(row);
            }
        }
        return out.toString();
    }
}
