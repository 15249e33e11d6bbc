package org.strengtheningfamilies.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.programme.Need;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.reporting.ProgrammeReports.Audience;
import org.strengtheningfamilies.reporting.ReportQueries.NeedFigures;
import org.strengtheningfamilies.reporting.ReportQueries.Step;
import org.strengtheningfamilies.reporting.ReportViews.View;

/**
 * The successful family outcomes report ({@link OutcomesReport}) from the read model as at a date, through
 * disclosure control for managers as the other reports are. Quarters run from the phase's start, three
 * months each, up to the quarter of the date the figures are as at (never past the phase's end).
 */
public class OutcomesReports {

    private static final List<Step> STEPS = List.of(Step.ATTACHED, Step.ASSESSED, Step.CLOSED, Step.SUSTAINED,
            Step.SUCCESSFUL);

    private final ReportQueries queries;
    private final ReportViews views;

    OutcomesReports(ReportQueries queries, ReportViews views) {
        this.queries = queries;
        this.views = views;
    }

    /**
     * One quarter of a phase (its programme year, its number in the year and its days), or the time after
     * the phase's last year (year and quarter null), when outcomes of its families still come in.
     */
    private record Span(Integer year, Integer quarter, LocalDate from, LocalDate to) {

        String label() {
            return year == null ? "After the programme" : "Year " + year + " quarter " + quarter;
        }
    }

    public OutcomesReport outcomes(LocalDate asOf, Audience audience, Optional<ProgrammePhase> phase) {
        View view = views.view(asOf, audience, phase);
        LocalDate figuresAsOf = view.figuresAsOf();
        List<ProgrammePhase> covered = views.covered(phase);
        Map<ProgrammePhase, Map<Step, Map<LocalDate, Long>>> days = queries.stepsByDay(figuresAsOf, phase);
        List<NeedFigures> needs = queries.needs(figuresAsOf, phase);

        DisclosureControl.Table table = views.control().table();
        List<long[][]> quarterValues = new ArrayList<>(); // per phase: [quarter][step], the totals last
        List<int[][]> quarterCells = new ArrayList<>();
        List<List<Span>> spans = new ArrayList<>();
        List<List<NeedFigures>> needRows = new ArrayList<>();
        List<int[][]> needCells = new ArrayList<>();
        for (ProgrammePhase p : covered) {
            List<Span> quarters = quarters(views.settings(p), figuresAsOf);
            spans.add(quarters);
            Map<Step, Map<LocalDate, Long>> byStep = days.getOrDefault(p, Map.of());
            long[][] values = new long[quarters.size() + 1][STEPS.size()];
            int[][] cells = new int[quarters.size() + 1][STEPS.size()];
            for (int s = 0; s < STEPS.size(); s++) {
                Map<LocalDate, Long> counts = byStep.getOrDefault(STEPS.get(s), Map.of());
                List<Integer> parts = new ArrayList<>();
                for (int q = 0; q < quarters.size(); q++) {
                    Span span = quarters.get(q);
                    values[q][s] = counts.entrySet().stream()
                            .filter(e -> !e.getKey().isBefore(span.from()) && !e.getKey().isAfter(span.to()))
                            .mapToLong(Map.Entry::getValue).sum();
                    values[quarters.size()][s] += values[q][s];
                    cells[q][s] = table.cell(values[q][s]);
                    parts.add(cells[q][s]);
                }
                cells[quarters.size()][s] = table.cell(values[quarters.size()][s]);
                table.sum(cells[quarters.size()][s], parts);
            }
            quarterValues.add(values);
            quarterCells.add(cells);
            List<NeedFigures> its = needs.stream().filter(n -> n.phase().equals(p.name()))
                    .sorted(Comparator.comparingInt(n -> order(views.settings(p), n.need()))).toList();
            int[][] itsCells = new int[its.size()][2];
            for (int n = 0; n < its.size(); n++) {
                NeedFigures need = its.get(n);
                itsCells[n][0] = table.cell(need.identified());
                itsCells[n][1] = table.cell(need.achieved());
                // identified = achieved + the others (not achieved, or not yet judged), which are not shown
                table.sum(itsCells[n][0], itsCells[n][1], table.hidden(need.identified() - need.achieved()));
            }
            needRows.add(its);
            needCells.add(itsCells);
        }
        boolean[] suppressed = view.suppressed(table);

        List<OutcomesReport.PhaseOutcomes> phases = new ArrayList<>();
        for (int c = 0; c < covered.size(); c++) {
            ProgrammePhase p = covered.get(c);
            PhaseSettings settings = views.settings(p);
            List<Span> quarters = spans.get(c);
            long[][] values = quarterValues.get(c);
            int[][] cells = quarterCells.get(c);
            List<OutcomesReport.Quarter> rows = new ArrayList<>();
            for (int q = 0; q < quarters.size(); q++) {
                Span span = quarters.get(q);
                rows.add(quarter(settings, span.label(), span.year(), span.quarter(), span.from(), span.to(), values[q],
                        cells[q], suppressed));
            }
            ProgrammeCalendar calendar = ProgrammeCalendar.of(settings);
            LocalDate to = quarters.isEmpty() ? calendar.yearEnd(calendar.years()) : quarters.get(quarters.size() - 1).to();
            OutcomesReport.Quarter totals = quarter(settings, "Total", null, null, settings.startDate(), to,
                    values[quarters.size()], cells[quarters.size()], suppressed);
            List<OutcomesReport.NeedRow> needLines = new ArrayList<>();
            for (int n = 0; n < needRows.get(c).size(); n++) {
                NeedFigures need = needRows.get(c).get(n);
                needLines.add(new OutcomesReport.NeedRow(p.name(), need.need(),
                        settings.need(need.need()).map(Need::title).orElse(need.need()),
                        Figure.of(need.identified(), suppressed[needCells.get(c)[n][0]]),
                        Figure.of(need.achieved(), suppressed[needCells.get(c)[n][1]])));
            }
            phases.add(new OutcomesReport.PhaseOutcomes(p.name(), p.heading(), rows, totals, needLines));
        }
        return new OutcomesReport(asOf.toString(), phase.map(Enum::name).orElse(null), phases, view.disclosure());
    }

    private static OutcomesReport.Quarter quarter(PhaseSettings phase, String label, Integer year, Integer quarter,
                                                  LocalDate from, LocalDate to, long[] values, int[] cells,
                                                  boolean[] suppressed) {
        Figure[] f = new Figure[STEPS.size()];
        for (int s = 0; s < STEPS.size(); s++) {
            f[s] = Figure.of(values[s], suppressed[cells[s]]);
        }
        // 2012-15 has no whole-family assessment; only the phases with a sustain check confirm outcomes held
        return new OutcomesReport.Quarter(phase.phase().name(), label, year, quarter, from.toString(), to.toString(), f[0],
                phase.phase().judgedByNeeds() ? f[1] : null, f[2], phase.hasSustainCheck() ? f[3] : null, f[4]);
    }

    /**
     * The phase's quarters that have begun by {@code asOf}, and after its last year the time up to
     * {@code asOf}: a family attached in the last year has its outcome verified, sustained and claimed after it.
     */
    private static List<Span> quarters(PhaseSettings phase, LocalDate asOf) {
        ProgrammeCalendar calendar = ProgrammeCalendar.of(phase);
        List<Span> quarters = new ArrayList<>();
        for (int year = 1; year <= calendar.years(); year++) {
            LocalDate start = calendar.yearStart(year);
            for (int q = 0; q < 4; q++) {
                LocalDate from = start.plusMonths(3L * q);
                if (from.isAfter(asOf)) {
                    return quarters;
                }
                LocalDate to = q == 3 ? calendar.yearEnd(year) : start.plusMonths(3L * (q + 1)).minusDays(1);
                quarters.add(new Span(year, q + 1, from, to));
            }
        }
        LocalDate end = calendar.yearEnd(calendar.years());
        if (asOf.isAfter(end)) {
            quarters.add(new Span(null, null, end.plusDays(1), asOf));
        }
        return quarters;
    }

    /** A need's place among the phase's needs (one it no longer lists goes last). */
    private static int order(PhaseSettings phase, String need) {
        int index = phase.needCodes().indexOf(need);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
