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
import org.strengtheningfamilies.payment.PhaseFundingForecast;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * {@code GET /api/reports/funding}: the programme funding forecast, as JSON or, with {@code format=csv}, CSV:
 * 2012-15's (DESIGN.md section 5, the report's Table 4 and Appendix 4) for any actuals and parameters, in
 * whole pounds; a later phase's (DESIGN.md section 10) from its families committed and expected successes.
 */
@RestController
public class FundingReportController {

    private final IdentityService identity;
    private final ProgrammePhases phases;
    private final ProgrammeReports reports;

    public FundingReportController(@Lazy IdentityService identity, ProgrammePhases phases, ProgrammeReports reports) {
        this.identity = identity;
        this.phases = phases;
        this.reports = reports;
    }

    /** Far beyond any council (the national programme had 120,000 families): larger inputs are mistakes. */
    static final int MAX_FAMILIES = 1_000_000;
    static final long MAX_COST_PER_FAMILY = 10_000_000;

    /**
     * The forecast of a phase ({@code phase}, default the phase of new referrals): 2012-15's Table 4 from its
     * own parameters, or a later phase's from the families committed ({@code committed}, default
     * sf.phases.&lt;phase&gt;.target-families) and expected to succeed ({@code successes}, or a {@code successRate}
     * percentage of those committed, default 100). A parameter of the other kind of forecast is refused by name.
     */
    @GetMapping("/api/reports/funding")
    public ResponseEntity<?> funding(
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) String actuals,
            @RequestParam(required = false) String model,
            @RequestParam(required = false) String deadweight,
            @RequestParam(required = false) Long costPerFamily,
            @RequestParam(required = false) Integer departmentShare,
            @RequestParam(required = false) String upfront,
            @RequestParam(required = false) String committed,
            @RequestParam(required = false) String successes,
            @RequestParam(required = false) Integer successRate,
            @RequestParam(defaultValue = "json") String format) {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, "the funding report");
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"json".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("format must be json or csv (was " + format + ")");
        }
        ProgrammePhase of = ReportViews.phaseParameter(phase).orElse(phases.configured());
        TabularReport report;
        if (of.judgedByNeeds()) {
            refuse(of, "actuals", actuals, "model", model, "deadweight", deadweight, "costPerFamily", costPerFamily,
                    "departmentShare", departmentShare, "upfront", upfront);
            report = phaseForecast(phases.settings(of), committed, successes, successRate);
        } else {
            refuse(of, "committed", committed, "successes", successes, "successRate", successRate);
            report = table4(actuals == null ? "141,212,72" : actuals, model == null ? "REPORT" : model,
                    deadweight == null ? "1/6" : deadweight, costPerFamily == null ? 10_000 : costPerFamily,
                    departmentShare == null ? 40 : departmentShare, upfront);
        }
        if (csv) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(report.csv());
        }
        return ResponseEntity.ok(report);
    }

    /** The 2012-15 programme's forecast (Table 4, Appendix 4). */
    private static FundingReport table4(String actuals, String model, String deadweight, long costPerFamily,
                                        int departmentShare, String upfront) {
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
        return new FundingReport(
                new FundingReport.Parameters(families, deadweight, costPerFamily, departmentShare, upfrontShares),
                forecast.years().stream().map(FundingReportController::year).toList(), totals(forecast.totals()));
    }

    /** A later phase's forecast: the families committed and expected to succeed, at the phase's amounts. */
    private PhaseFundingReport phaseForecast(PhaseSettings phase, String committed, String successes, Integer successRate) {
        String setting = "sf.phases." + phase.phase().slug() + ".target-families";
        List<Integer> families = committed != null ? integers("committed", committed)
                : reports.targetFamilies(phase.phase()).orElseThrow(() -> new IllegalArgumentException(
                        "committed is required: the families the council commits to in each of the " + phase.years()
                                + " years of " + phase.phase().title() + ", e.g. committed=" + example(phase.years())
                                + " (or set " + setting + ")"));
        if (families.stream().anyMatch(n -> n < 0 || n > MAX_FAMILIES)) {
            throw new IllegalArgumentException(String.format("committed must be from 0 to %,d families a year (was %s)",
                    MAX_FAMILIES, families));
        }
        if (successes != null && successRate != null) {
            throw new IllegalArgumentException("give either successes or successRate, not both");
        }
        List<Integer> expected = successes != null ? integers("successes", successes)
                : PhaseFundingForecast.atSuccessRate(families, successRate == null ? 100 : successRate);
        PhaseFundingForecast forecast;
        try {
            forecast = new PhaseFundingForecast(phase, families, expected);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("these figures are too large to add up: give fewer families");
        }
        String note = !phase.paysByResults() && phase.attachmentFeePence() == 0
                ? phase.phase().heading() + " pays nothing per family: outcomes are recorded and reported, and the "
                        + "programme is funded by grant."
                : null;
        return new PhaseFundingReport(phase.phase().name(), phase.phase().heading(),
                new PhaseFundingReport.Parameters(families, expected, pounds(phase.attachmentFeePence()),
                        pounds(phase.claimAmountPence() == null ? 0 : phase.claimAmountPence())),
                forecast.years().stream().map(y -> phaseYear(y.year(), y)).toList(), phaseYear("total", forecast.totals()),
                note);
    }

    private static PhaseFundingReport.Year phaseYear(Object year, PhaseFundingForecast.Year y) {
        return new PhaseFundingReport.Year(year, y.from().toString(), y.to().toString(), y.familiesCommitted(),
                y.expectedSuccesses(), pounds(y.attachmentFeesPence()), pounds(y.resultsPence()), pounds(y.totalPence()));
    }

    private static java.math.BigDecimal pounds(long pence) {
        return java.math.BigDecimal.valueOf(pence, 2);
    }

    private static String example(int years) {
        return String.join(",", java.util.Collections.nCopies(years, "100"));
    }

    /** A parameter of the other kind of forecast, given: refused by name. */
    private static void refuse(ProgrammePhase phase, Object... namesAndValues) {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                given.add((String) namesAndValues[i]);
            }
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", given) + (given.size() == 1 ? " is not a parameter"
                    : " are not parameters") + " of the " + phase.heading() + " forecast"
                    + (phase.judgedByNeeds() ? " (give committed and successes or successRate)"
                    : " (give actuals, model, deadweight, costPerFamily, departmentShare or upfront)"));
        }
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
