package org.strengtheningfamilies.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.strengtheningfamilies.payment.FundingForecast;
import org.strengtheningfamilies.payment.FundingTotals;
import org.strengtheningfamilies.payment.FundingYear;
import org.strengtheningfamilies.payment.PaymentModel;

/**
 * {@code GET /api/reports/funding}: the programme funding forecast (DESIGN.md section 5, the report's
 * Table 4 and Appendix 4) for any actuals and parameters, as JSON or, with {@code format=csv}, CSV.
 * Amounts are whole pounds.
 */
@RestController
public class FundingReportController {

    private final IdentityService identity;

    public FundingReportController(@Lazy IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/api/reports/funding")
    public ResponseEntity<?> funding(
            @RequestParam(defaultValue = "141,212,72") String actuals,
            @RequestParam(defaultValue = "REPORT") String model,
            @RequestParam(defaultValue = "1/6") String deadweight,
            @RequestParam(defaultValue = "10000") long costPerFamily,
            @RequestParam(defaultValue = "40") int departmentShare,
            @RequestParam(required = false) String upfront,
            @RequestParam(defaultValue = "json") String format) throws IOException {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, "the funding report");
        List<Integer> families = integers("actuals", actuals);
        int[] fraction = fraction(deadweight);
        List<Integer> upfrontShares = upfront != null ? integers("upfront", upfront)
                : upfrontFor(PaymentModel.named(model), families.size());
        FundingForecast forecast = new FundingForecast(families, fraction[0], fraction[1], costPerFamily,
                departmentShare, upfrontShares);
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv")).body(csv(forecast));
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("format must be json or csv (was " + format + ")");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parameters", Map.of("actuals", families, "deadweight", deadweight, "costPerFamily", costPerFamily,
                "departmentShare", departmentShare, "upfront", upfrontShares));
        body.put("years", forecast.years().stream().map(FundingReportController::year).toList());
        body.put("totals", totals(forecast.totals()));
        return ResponseEntity.ok(body);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, String>> badParameter(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", e.getMessage()));
    }

    /** The report's model repeats its single share for every year; the national preset has three years. */
    private static List<Integer> upfrontFor(PaymentModel model, int years) {
        List<Integer> shares = new ArrayList<>();
        for (int year = 1; year <= years; year++) {
            if (model.upfrontPercentByYear().size() < year && model.upfrontPercentByYear().stream().distinct().count() == 1) {
                shares.add(model.upfrontPercentByYear().get(0));
            } else if (model.upfrontPercentByYear().size() < year) {
                throw new IllegalArgumentException("model " + model.name() + " has upfront shares for "
                        + model.upfrontPercentByYear().size() + " years, not " + years + ": give upfront=…");
            } else {
                shares.add(model.upfrontPercent(year));
            }
        }
        return shares;
    }

    private static List<Integer> integers(String name, String csv) {
        try {
            return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be whole numbers separated by commas (was " + csv + ")");
        }
    }

    private static int[] fraction(String text) {
        String[] parts = text.split("/");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("deadweight must be a fraction such as 1/6 (was " + text + ")");
    }

    private static Map<String, Object> year(FundingYear y) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("year", y.year());
        row.putAll(figures(y.actualFamilies(), y.indicativeFamilies(), y.councilContributionPounds(),
                y.departmentContributionPounds(), y.upfrontFeePounds(), y.resultsInArrearsPounds()));
        return row;
    }

    private static Map<String, Object> totals(FundingTotals t) {
        return figures(t.actualFamilies(), t.indicativeFamilies(), t.councilContributionPounds(),
                t.departmentContributionPounds(), t.upfrontFeePounds(), t.resultsInArrearsPounds());
    }

    private static Map<String, Object> figures(int actual, int indicative, long council, long department,
                                               long upfront, long arrears) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("actualFamilies", actual);
        row.put("indicativeFamilies", indicative);
        row.put("councilContribution", council);
        row.put("departmentContribution", department);
        row.put("upfrontFee", upfront);
        row.put("resultsInArrears", arrears);
        return row;
    }

    private static String csv(FundingForecast forecast) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("year", "actualFamilies",
                "indicativeFamilies", "councilContribution", "departmentContribution", "upfrontFee", "resultsInArrears")
                .get())) {
            for (FundingYear y : forecast.years()) {
                printer.printRecord(y.year(), y.actualFamilies(), y.indicativeFamilies(), y.councilContributionPounds(),
                        y.departmentContributionPounds(), y.upfrontFeePounds(), y.resultsInArrearsPounds());
            }
            FundingTotals t = forecast.totals();
            printer.printRecord("total", t.actualFamilies(), t.indicativeFamilies(), t.councilContributionPounds(),
                    t.departmentContributionPounds(), t.upfrontFeePounds(), t.resultsInArrearsPounds());
        }
        return out.toString();
    }
}
