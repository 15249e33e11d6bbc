package org.strengtheningfamilies.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    /** Far beyond any council (the national programme had 120,000 families): larger inputs are mistakes. */
    static final int MAX_FAMILIES = 1_000_000;
    static final long MAX_COST_PER_FAMILY = 10_000_000;

    @GetMapping("/api/reports/funding")
    public ResponseEntity<?> funding(
            @RequestParam(defaultValue = "141,212,72") String actuals,
            @RequestParam(defaultValue = "REPORT") String model,
            @RequestParam(defaultValue = "1/6") String deadweight,
            @RequestParam(defaultValue = "10000") long costPerFamily,
            @RequestParam(defaultValue = "40") int departmentShare,
            @RequestParam(required = false) String upfront,
            @RequestParam(defaultValue = "json") String format) {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, "the funding report");
        List<Integer> families = integers("actuals", actuals);
        if (families.stream().anyMatch(n -> n < 0 || n > MAX_FAMILIES)) {
            throw new IllegalArgumentException(String.format("actuals must be from 0 to %,d families a year (was %s)",
                    MAX_FAMILIES, actuals));
        }
        if (costPerFamily < 0 || costPerFamily > MAX_COST_PER_FAMILY) {
            throw new IllegalArgumentException(String.format("costPerFamily must be from 0 to %,d pounds (was %d)",
                    MAX_COST_PER_FAMILY, costPerFamily));
        }
        int[] fraction = fraction(deadweight);
        List<Integer> upfrontShares = upfront != null ? integers("upfront", upfront)
                : upfrontFor(PaymentModel.named(model), families.size());
        FundingForecast forecast;
        try {
            forecast = new FundingForecast(families, fraction[0], fraction[1], costPerFamily, departmentShare, upfrontShares);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("these figures are too large to add up: give fewer families or a lower cost");
        }
        FundingReport report = new FundingReport(
                new FundingReport.Parameters(families, deadweight, costPerFamily, departmentShare, upfrontShares),
                forecast.years().stream().map(FundingReportController::year).toList(), totals(forecast.totals()));
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(report.csv());
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("format must be json or csv (was " + format + ")");
        }
        return ResponseEntity.ok(report);
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

    private static FundingReport.Year year(FundingYear y) {
        return new FundingReport.Year(y.year(), y.actualFamilies(), y.indicativeFamilies(), y.councilContributionPounds(),
                y.departmentContributionPounds(), y.upfrontFeePounds(), y.resultsInArrearsPounds());
    }

    private static FundingReport.Year totals(FundingTotals t) {
        return new FundingReport.Year("total", t.actualFamilies(), t.indicativeFamilies(), t.councilContributionPounds(),
                t.departmentContributionPounds(), t.upfrontFeePounds(), t.resultsInArrearsPounds());
    }
}
