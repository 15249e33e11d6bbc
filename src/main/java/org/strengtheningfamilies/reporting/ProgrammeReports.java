package org.strengtheningfamilies.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.payment.FundingForecast;
import org.strengtheningfamilies.payment.FundingYear;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.reporting.ReportQueries.Activity;
import org.strengtheningfamilies.reporting.ReportQueries.ClaimFigures;
import org.strengtheningfamilies.reporting.ReportQueries.LiveCases;
import org.strengtheningfamilies.reporting.ReportQueries.Period;
import org.strengtheningfamilies.reporting.ReportQueries.Progress;
import org.strengtheningfamilies.reporting.ReportViews.View;
import org.strengtheningfamilies.reporting.StatisticalNeighbours.Figures;

/**
 * The managers' reports (DESIGN.md section 6; the report's Table 1, Table 2, Appendices 2 and 3) and
 * the claims report, built from the read model as at a date. Aggregates only: no family appears.
 * For an {@link Audience#CONTROLLED} audience (managers) every report goes through
 * {@link DisclosureControl}: figures as at the latest release date, small figures suppressed.
 *
 * <p>Every report but the performance one (2012-15's comparison with the statistical neighbours) is of
 * one programme phase or, by default, of every phase, each case counted under the phase it was
 * referred under: its programme years are its phase's.
 */
public class ProgrammeReports {

    /** Who reads a report: the coordinator (exact figures) or managers (disclosure control). */
    public enum Audience { EXACT, CONTROLLED }

    private static final int[] NEED_LEVELS = {2, 3, 4};

    private final ReportQueries queries;
    private final ReportViews views;
    private final ProgrammeCalendar calendar;
    private final String authority;
    private final List<Integer> targetFamilies;
    private final Map<ProgrammePhase, List<Integer>> phaseTargets;
    private final int[] deadweight;
    private final StatisticalNeighbours neighbours;
    private final DisclosureControl control;

    /**
     * @param calendar       the 2012-15 programme's years (sf.programme.start-date, years)
     * @param targetFamilies 2012-15's families per year (sf.programme.target-families)
     * @param phaseTargets   a later phase's families committed per year (sf.phases.&lt;phase&gt;.target-families),
     *                       where the council set them
     * @param clock          the business clock: a month not over yet is never released to managers
     */
    public ProgrammeReports(ReportQueries queries, ProgrammeCalendar calendar, ProgrammePhases phases, String authority,
                            List<Integer> targetFamilies, Map<ProgrammePhase, List<Integer>> phaseTargets,
                            String deadweight, StatisticalNeighbours neighbours, DisclosureControl control,
                            java.time.Clock clock) {
        if (targetFamilies == null || targetFamilies.size() != calendar.years()) {
            throw new IllegalArgumentException("sf.programme.target-families must give one target per programme year ("
                    + calendar.years() + "), was " + targetFamilies);
        }
        phaseTargets.forEach((phase, targets) -> {
            int years = phases.settings(phase).years();
            if (targets.size() != years || targets.stream().anyMatch(t -> t == null || t < 0)) {
                throw new IllegalArgumentException("sf.phases." + phase.slug() + ".target-families must give one number of "
                        + "families, 0 or more, for each of the phase's " + years + " years (was " + targets + ")");
            }
        });
        this.queries = queries;
        this.views = new ReportViews(queries, control, phases, clock);
        this.calendar = calendar;
        this.authority = authority;
        this.targetFamilies = List.copyOf(targetFamilies);
        this.phaseTargets = Map.copyOf(phaseTargets);
        this.deadweight = fraction(deadweight);
        this.neighbours = neighbours;
        this.control = control;
        forecast(); // a bad deadweight or target stops the application at start, not a report later
    }

    private FundingForecast forecast() {
        return new FundingForecast(targetFamilies, deadweight[0], deadweight[1], 0, 0,
                targetFamilies.stream().map(t -> 0).toList());
    }

    /** The families a phase's council committed to per year (2012-15: its targets), when known. */
    public Optional<List<Integer>> targetFamilies(ProgrammePhase phase) {
        return phase == ProgrammePhase.TF_2012 ? Optional.of(targetFamilies) : Optional.ofNullable(phaseTargets.get(phase));
    }

    ReportViews views() {
        return views;
    }

    // ---- Table 1 ------------------------------------------------------------------------

    public TargetsReport targets(LocalDate asOf, Audience audience, Optional<ProgrammePhase> phase) {
        View view = views.view(asOf, audience, phase);
        List<ProgrammePhase> covered = views.covered(phase);
        List<Period> periods = new ArrayList<>();
        List<Long> targets = new ArrayList<>();
        List<Long> indicatives = new ArrayList<>();
        for (ProgrammePhase p : covered) {
            ProgrammeCalendar years = ProgrammeCalendar.of(views.settings(p));
            List<Integer> committed = targetFamilies(p).orElse(null);
            List<FundingYear> forecast = p == ProgrammePhase.TF_2012 ? forecast().years() : null;
            for (int year = 1; year <= years.years(); year++) {
                periods.add(new Period(p, years.yearStart(year), years.yearEnd(year)));
                targets.add(committed == null ? null : committed.get(year - 1).longValue());
                // indicative families are 2012-15's: its targets less the deadweight
                indicatives.add(forecast == null ? null : (long) forecast.get(year - 1).indicativeFamilies());
            }
        }
        List<Progress> progress = queries.progress(periods, view.figuresAsOf());
        // per measure (identified, worked with, attached, turned around): the years, each phase's total, the total
        DisclosureControl.Table table = control.table();
        int rows = periods.size() + covered.size() + 1;
        long[] values = new long[4 * rows];
        for (int m = 0; m < 4; m++) {
            int base = m * rows;
            List<Integer> phaseCells = new ArrayList<>();
            long total = 0;
            int at = 0;
            for (int c = 0; c < covered.size(); c++) {
                List<Integer> parts = new ArrayList<>();
                long phaseTotal = 0;
                for (; at < periods.size() && periods.get(at).phase() == covered.get(c); at++) {
                    long value = measure(progress.get(at), m);
                    values[base + at] = value;
                    parts.add(table.cell(value));
                    phaseTotal += value;
                }
                values[base + periods.size() + c] = phaseTotal;
                int phaseCell = table.cell(phaseTotal);
                table.sum(phaseCell, parts);
                phaseCells.add(phaseCell);
                total += phaseTotal;
            }
            values[base + rows - 1] = total;
            table.sum(table.cell(total), phaseCells);
        }
        Figure[] f = view.figures(table, values);
        List<TargetsReport.Year> years = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            years.add(new TargetsReport.Year(period.phase().name(), yearOf(periods, i), period.from().toString(),
                    period.to().toString(), targets.get(i), indicatives.get(i), f[i], f[rows + i], f[2 * rows + i],
                    f[3 * rows + i]));
        }
        List<TargetsReport.Year> phaseTotals = new ArrayList<>();
        for (int c = 0; c < covered.size(); c++) {
            ProgrammePhase p = covered.get(c);
            List<TargetsReport.Year> its = years.stream().filter(y -> y.phase().equals(p.name())).toList();
            int k = periods.size() + c;
            phaseTotals.add(new TargetsReport.Year(p.name(), "total", its.get(0).from(), its.get(its.size() - 1).to(),
                    sum(its, TargetsReport.Year::targetFamilies), sum(its, TargetsReport.Year::indicativeFamilies),
                    f[k], f[rows + k], f[2 * rows + k], f[3 * rows + k]));
        }
        int k = rows - 1;
        TargetsReport.Year totals = new TargetsReport.Year(covered.size() == 1 ? covered.get(0).name() : null, "total",
                years.get(0).from(), years.get(years.size() - 1).to(), sum(phaseTotals, TargetsReport.Year::targetFamilies),
                sum(phaseTotals, TargetsReport.Year::indicativeFamilies), f[k], f[rows + k], f[2 * rows + k],
                f[3 * rows + k]);
        return new TargetsReport(asOf.toString(), authority, phase.map(Enum::name).orElse(null), views.titles(covered), years,
                phaseTotals, totals, view.disclosure());
    }

    /** The programme year of period i within its phase (1 for the phase's first). */
    private static int yearOf(List<Period> periods, int i) {
        int year = 1;
        while (i - year >= 0 && periods.get(i - year).phase() == periods.get(i).phase()) {
            year++;
        }
        return year;
    }

    /** The sum of the rows' figure, or nothing when a row has none (a phase without targets). */
    private static Long sum(List<TargetsReport.Year> rows, java.util.function.Function<TargetsReport.Year, Long> figure) {
        long total = 0;
        for (TargetsReport.Year row : rows) {
            Long value = figure.apply(row);
            if (value == null) {
                return null;
            }
            total += value;
        }
        return total;
    }

    private static long measure(Progress p, int m) {
        return switch (m) {
            case 0 -> p.identified();
            case 1 -> p.workedWith();
            case 2 -> p.attached();
            default -> p.turnedAround();
        };
    }

    // ---- Table 2 ------------------------------------------------------------------------

    public ActivityReport activity(LocalDate asOf, Audience audience, Optional<ProgrammePhase> phase) {
        View view = views.view(asOf, audience, phase);
        Activity activity = queries.activity(view.figuresAsOf(), phase);
        List<LeadService> services = java.util.Arrays.stream(LeadService.values()).filter(s -> s != LeadService.NFA).toList();
        DisclosureControl.Table table = control.table();
        List<Long> values = new ArrayList<>();
        List<Integer> rowTotals = new ArrayList<>();
        long working = 0;
        for (LeadService service : services) {
            List<Integer> levels = new ArrayList<>();
            long total = 0;
            for (int level : NEED_LEVELS) {
                long n = activity.live().stream()
                        .filter(l -> service.name().equals(l.leadService()) && l.needLevel() == level)
                        .mapToLong(LiveCases::families).sum();
                values.add(n);
                levels.add(table.cell(n));
                total += n;
            }
            values.add(total);
            int totalCell = table.cell(total);
            table.sum(totalCell, levels);
            rowTotals.add(totalCell);
            working += total;
        }
        values.add(activity.noFurtherAction());
        rowTotals.add(table.cell(activity.noFurtherAction()));
        values.add(activity.previouslyWorkedWith());
        rowTotals.add(table.cell(activity.previouslyWorkedWith()));
        long total = working + activity.noFurtherAction() + activity.previouslyWorkedWith();
        values.add(total);
        table.sum(table.cell(total), rowTotals);
        Figure[] f = view.figures(table, values.stream().mapToLong(Long::longValue).toArray());
        // overdue work as at the same date: open tasks whose due day had passed (sf.deadlines), of live cases
        // by lead service and before the panel's decision; small counts are controlled as the families are
        List<ReportQueries.OverdueWork> overdue = queries.overdueWork(view.figuresAsOf(), phase);
        DisclosureControl.Table late = control.table();
        List<Long> lateValues = new ArrayList<>();
        List<Integer> taskCells = new ArrayList<>();
        List<Integer> familyCells = new ArrayList<>();
        for (String service : java.util.stream.Stream.concat(services.stream().map(LeadService::name),
                java.util.stream.Stream.of((String) null)).toList()) {
            ReportQueries.OverdueWork work = overdue.stream().filter(o -> java.util.Objects.equals(service, o.leadService()))
                    .findFirst().orElse(new ReportQueries.OverdueWork(service, 0, 0));
            lateValues.add(work.tasks());
            taskCells.add(late.cell(work.tasks()));
            lateValues.add(work.families());
            familyCells.add(late.cell(work.families()));
        }
        long overdueTasks = overdue.stream().mapToLong(ReportQueries.OverdueWork::tasks).sum();
        long overdueFamilies = overdue.stream().mapToLong(ReportQueries.OverdueWork::families).sum();
        lateValues.add(overdueTasks);
        late.sum(late.cell(overdueTasks), taskCells);
        lateValues.add(overdueFamilies);
        late.sum(late.cell(overdueFamilies), familyCells);
        Figure[] o = view.figures(late, lateValues.stream().mapToLong(Long::longValue).toArray());
        List<ActivityReport.Row> rows = new ArrayList<>();
        for (int s = 0; s < services.size(); s++) {
            int at = s * 4;
            rows.add(new ActivityReport.Row(services.get(s).name(), services.get(s).displayName(), f[at], f[at + 1],
                    f[at + 2], f[at + 3], o[2 * s], o[2 * s + 1]));
        }
        int after = services.size() * 4;
        int beforePanel = services.size() * 2;
        return new ActivityReport(asOf.toString(), phase.map(Enum::name).orElse(null), rows, f[after], f[after + 1],
                f[after + 2], o[beforePanel], o[beforePanel + 1], o[beforePanel + 2], o[beforePanel + 3], view.disclosure());
    }

    // ---- Appendix 3 -----------------------------------------------------------------------

    /**
     * Appendix 3 compares the council's 2012-15 families with its neighbours' 2012-15 figures: the cases
     * of 2012-15 against its three-year target, whatever phase the council runs now.
     */
    public PerformanceReport performance(LocalDate asOf, Audience audience) {
        View view = views.view(asOf, audience, Optional.empty());
        long target = targetFamilies.stream().mapToLong(Integer::longValue).sum();
        long[] own = queries.identifiedAndWorkedWith(view.figuresAsOf(), ProgrammePhase.TF_2012);
        Map<String, Optional<Figures>> others = neighbours.asOf(asOf);
        others.remove(authority);
        List<Figures> ranked = new ArrayList<>();
        ranked.add(new Figures(authority, Math.toIntExact(target), view.figuresAsOf(), Math.toIntExact(own[0]),
                Math.toIntExact(own[1])));
        others.values().forEach(f -> f.ifPresent(ranked::add));
        List<Percentages.Share> identifiedShares = ranked.stream()
                .map(f -> new Percentages.Share(f.identified(), f.targetFamilies())).toList();
        List<Percentages.Share> workedShares = ranked.stream()
                .map(f -> new Percentages.Share(f.workedWith(), f.targetFamilies())).toList();

        // the council's own figures: identified = worked with + no further action (not shown here)
        DisclosureControl.Table table = control.table();
        int identified = table.cell(own[0]);
        table.sum(identified, table.cell(own[1]), table.hidden(own[0] - own[1]));
        boolean[] suppressed = view.suppressed(table);
        PerformanceReport.Authority council = new PerformanceReport.Authority(authority, Math.toIntExact(target),
                view.figuresAsOf().toString(), Figure.of(own[0], suppressed[0]),
                Figure.of(Percentages.percent(own[0], target), suppressed[0]), Figure.of(own[1], suppressed[1]),
                Figure.of(Percentages.percent(own[1], target), suppressed[1]),
                Figure.of(Percentages.rank(identifiedShares.get(0), identifiedShares), suppressed[0]),
                Figure.of(Percentages.rank(workedShares.get(0), workedShares), suppressed[1]));
        List<PerformanceReport.Authority> rows = new ArrayList<>();
        for (Map.Entry<String, Optional<Figures>> entry : others.entrySet()) {
            if (entry.getValue().isEmpty()) {
                rows.add(PerformanceReport.Authority.unpublished(entry.getKey())); // listed, not ranked
                continue;
            }
            Figures f = entry.getValue().get();
            int index = ranked.indexOf(f);
            rows.add(new PerformanceReport.Authority(f.authority(), f.targetFamilies(), f.figuresAsOf().toString(),
                    Figure.of(f.identified()), Figure.of(Percentages.percent(f.identified(), f.targetFamilies())),
                    Figure.of(f.workedWith()), Figure.of(Percentages.percent(f.workedWith(), f.targetFamilies())),
                    Figure.of(Percentages.rank(identifiedShares.get(index), identifiedShares)),
                    Figure.of(Percentages.rank(workedShares.get(index), workedShares))));
        }
        return new PerformanceReport(asOf.toString(), council, ranked.size(), rows, view.disclosure());
    }

    // ---- claims ---------------------------------------------------------------------------

    private static final int CLAIM_COUNTS = 5; // made, approved, rejected, submitted, outstanding

    public ClaimsReport claims(LocalDate asOf, Audience audience, Optional<ProgrammePhase> phase) {
        View view = views.view(asOf, audience, phase);
        List<ClaimFigures> figures = queries.claims(view.figuresAsOf(), phase);
        int rows = figures.size();
        DisclosureControl.Table table = control.table();
        long[][] values = new long[rows + 1][CLAIM_COUNTS];
        int[][] cell = new int[rows + 1][CLAIM_COUNTS];
        for (int r = 0; r < rows; r++) {
            values[r] = counts(figures.get(r));
            for (int k = 0; k < CLAIM_COUNTS; k++) {
                cell[r][k] = table.cell(values[r][k]);
                values[rows][k] += values[r][k];
            }
            // made = approved + rejected + awaiting audit (not shown)
            table.sum(cell[r][0], cell[r][1], cell[r][2], table.hidden(values[r][0] - values[r][1] - values[r][2]));
        }
        for (int k = 0; k < CLAIM_COUNTS; k++) {
            cell[rows][k] = table.cell(values[rows][k]);
            int column = k;
            table.sum(cell[rows][k], IntStream.range(0, rows).map(r -> cell[r][column]).toArray());
        }
        boolean[] suppressed = view.suppressed(table);
        List<ClaimsReport.Row> lines = new ArrayList<>();
        long[] pence = new long[4];
        for (int r = 0; r < rows; r++) {
            ClaimFigures c = figures.get(r);
            long[] amounts = {c.madePence(), c.approvedPence(), c.submittedPence(), c.outstandingPence()};
            lines.add(row(c.phase(), c.programmeYear(), c.resultType(), values[r], cell[r], suppressed, amounts));
            for (int k = 0; k < 4; k++) {
                pence[k] += amounts[k];
            }
        }
        ClaimsReport.Row totals = row(phase.map(Enum::name).orElse(null), "total", null, values[rows], cell[rows],
                suppressed, pence);
        return new ClaimsReport(asOf.toString(), phase.map(Enum::name).orElse(null), lines, totals, view.disclosure());
    }

    private static long[] counts(ClaimFigures f) {
        return new long[] {f.made(), f.approved(), f.rejected(), f.submitted(), f.outstanding()};
    }

    private static ClaimsReport.Row row(String phase, Object year, String resultType, long[] values, int[] cells,
                                        boolean[] suppressed, long[] pence) {
        Figure[] counts = new Figure[CLAIM_COUNTS];
        for (int k = 0; k < CLAIM_COUNTS; k++) {
            counts[k] = Figure.of(values[k], suppressed[cells[k]]);
        }
        // an amount gives its count away (each result has a fixed price): suppressed with it
        return new ClaimsReport.Row(phase, year, resultType, counts[0], counts[1], counts[2], counts[3], counts[4],
                Figure.of(pounds(pence[0]), counts[0].suppressed()), Figure.of(pounds(pence[1]), counts[1].suppressed()),
                Figure.of(pounds(pence[2]), counts[3].suppressed()), Figure.of(pounds(pence[3]), counts[4].suppressed()));
    }

    static BigDecimal pounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }

    // ---- Appendix 2 -----------------------------------------------------------------------

    private static final Map<String, String> ETHNICITY = labels(
            "A1", "White British", "A2", "White Irish", "A3", "Any other White background",
            "A4", "Traveller of Irish Heritage", "A5", "Gipsy / Roma", "B1", "White and Black Caribbean",
            "B2", "White and Black African", "B3", "White and Asian", "B4", "Any other mixed background",
            "C1", "Indian", "C2", "Pakistani", "C3", "Bangladeshi", "C4", "Any other Asian background",
            "D1", "Caribbean", "D2", "African", "D3", "Any other Black background", "E1", "Chinese",
            "E2", "Any other Ethnic group", "E3", "Information refused", "E4", "Information not obtained");

    private static final Map<String, String> SEN = labels("NONE", "No SEN", "SCHOOL_ACTION", "School Action",
            "SCHOOL_ACTION_PLUS", "School Action Plus", "STATEMENT", "Statemented");

    private static final int TOP_ISSUES = 10;

    /** A section before disclosure control: its rows and what they are shares of. */
    private record Draft(String name, long whole, List<Object[]> rows, boolean partition) {
    }

    public CharacteristicsReport characteristics(LocalDate asOf, Audience audience, Optional<ProgrammePhase> phase) {
        View view = views.view(asOf, audience, phase);
        Map<String, Map<String, Long>> counts = queries.characteristics(view.figuresAsOf(), phase);
        long people = count(counts, "people", "");
        List<Draft> drafts = new ArrayList<>();
        drafts.add(new Draft("Young people, by gender", people, closedList(counts, "gender", people,
                "MALE", "Male", "FEMALE", "Female"), true));
        List<Object> routes = new ArrayList<>();
        if (phase.map(p -> p == ProgrammePhase.TF_2012).orElse(true)) {
            routes.addAll(List.of("THREE_CRITERIA", "Meeting 3 criteria", "TWO_PLUS_LOCAL", "Meeting 2+1 criteria"));
        }
        // the later phases' families are eligible by their needs, not by a route of criteria
        if (phase.map(ProgrammePhase::judgedByNeeds).orElse(count(counts, "identification_route", "ELIGIBLE") > 0)) {
            routes.addAll(List.of("ELIGIBLE", "Eligible by their needs (2015 onwards)"));
        }
        drafts.add(new Draft("Young people, by route", people, closedList(counts, "identification_route", people,
                routes.toArray()), true));
        drafts.add(new Draft("Young people, known to social care", people, rows(
                "Known to Soc Care, active or recent case", count(counts, "known_to_social_care", "true")), false));
        List<Object> years = new ArrayList<>(List.of("1-6", "School Year 1 - 6", "7-8", "School Year 7 - 8"));
        for (int y = 9; y <= 13; y++) {
            years.addAll(List.of(String.valueOf(y), "School Year " + y));
        }
        Map<String, Long> byYear = new LinkedHashMap<>(counts.getOrDefault("school_year", Map.of()));
        byYear.put("1-6", IntStream.rangeClosed(1, 6).mapToLong(y -> byYear.getOrDefault(String.valueOf(y), 0L)).sum());
        byYear.put("7-8", byYear.getOrDefault("7", 0L) + byYear.getOrDefault("8", 0L));
        counts.put("school_year_bands", byYear);
        drafts.add(new Draft("Young people, by school year", people,
                closedList(counts, "school_year_bands", people, years.toArray()), true));
        List<Object> sen = new ArrayList<>();
        SEN.forEach((code, label) -> sen.addAll(List.of(code, label)));
        drafts.add(new Draft("Young people, educational needs", people, closedList(counts, "sen", people, sen.toArray()), true));
        drafts.add(new Draft("Young people, free school meals", people, rows(
                "Entitled to Free School Meal", count(counts, "free_school_meals", "true")), false));
        List<Object> ethnicity = new ArrayList<>();
        ETHNICITY.forEach((code, label) -> {
            // E3 is not among the report's own rows; it is shown when someone has it
            if (!"E3".equals(code) || count(counts, "ethnicity", code) > 0) {
                ethnicity.addAll(List.of(code, code + " " + label));
            }
        });
        drafts.add(new Draft("Young people, by ethnicity", people,
                closedList(counts, "ethnicity", people, ethnicity.toArray()), true));
        Map<String, Long> district = new LinkedHashMap<>(counts.getOrDefault("district", Map.of()));
        Long noDistrict = district.remove("");
        // districts and issues are typed by referrers: for managers a small one is not even named
        long otherDistricts = view.controlled() ? fold(district) : 0;
        List<Object[]> districtRows = byCount(district, Integer.MAX_VALUE, null);
        if (otherDistricts > 0) {
            districtRows.add(new Object[] {"Other districts (fewer than " + control.minimumCell() + " young people each)",
                    otherDistricts});
        }
        if (noDistrict != null && noDistrict > 0) {
            districtRows.add(new Object[] {"Not recorded", noDistrict});
        }
        drafts.add(new Draft("Young people, by district", people, districtRows, true));
        Map<String, Long> issues = new LinkedHashMap<>(counts.getOrDefault("presenting_issue", Map.of()));
        long mentions = issues.values().stream().mapToLong(Long::longValue).sum();
        long smallIssues = view.controlled() ? fold(issues) : 0;
        List<Object[]> issueRows = byCount(issues, TOP_ISSUES, "All others");
        if (smallIssues > 0) {
            if (issueRows.isEmpty() || !"All others".equals(issueRows.get(issueRows.size() - 1)[0])) {
                issueRows.add(new Object[] {"All others", 0L});
            }
            Object[] others = issueRows.get(issueRows.size() - 1);
            others[1] = (Long) others[1] + smallIssues;
        }
        drafts.add(new Draft("Presenting issues, top " + TOP_ISSUES, mentions, issueRows, true));

        // one table: the young people, and each section's rows adding up to its whole
        DisclosureControl.Table table = control.table();
        int peopleCell = table.cell(people);
        List<int[]> cells = new ArrayList<>();
        for (Draft draft : drafts) {
            int whole = draft.whole() == people ? peopleCell : table.cell(draft.whole());
            int[] rowCells = draft.rows().stream().mapToInt(r -> table.cell((Long) r[1])).toArray();
            if (draft.partition()) {
                table.sum(whole, rowCells);
            } else {
                // a single line, say "known to social care": the others are the rest of the whole
                long listed = draft.rows().stream().mapToLong(r -> (Long) r[1]).sum();
                int[] parts = java.util.Arrays.copyOf(rowCells, rowCells.length + 1);
                parts[rowCells.length] = table.hidden(draft.whole() - listed);
                table.sum(whole, parts);
            }
            cells.add(rowCells);
        }
        boolean[] suppressed = view.suppressed(table);
        List<CharacteristicsReport.Section> sections = new ArrayList<>();
        for (int s = 0; s < drafts.size(); s++) {
            Draft draft = drafts.get(s);
            List<CharacteristicsReport.Row> rows = new ArrayList<>();
            for (int r = 0; r < draft.rows().size(); r++) {
                long count = (Long) draft.rows().get(r)[1];
                boolean hide = suppressed[cells.get(s)[r]];
                rows.add(new CharacteristicsReport.Row(draft.name(), String.valueOf(draft.rows().get(r)[0]),
                        Figure.of(count, hide), Figure.of(Percentages.percent(count, draft.whole()), hide)));
            }
            sections.add(new CharacteristicsReport.Section(draft.name(), rows));
        }
        Figure youngPeople = Figure.of(people, suppressed[peopleCell]);
        return new CharacteristicsReport(asOf.toString(), phase.map(Enum::name).orElse(null), youngPeople, sections,
                view.disclosure());
    }

    /** Removes the values counted fewer than the minimum cell times (but more than none); returns their sum. */
    private long fold(Map<String, Long> counts) {
        long folded = 0;
        for (var it = counts.entrySet().iterator(); it.hasNext(); ) {
            long n = it.next().getValue();
            if (n > 0 && n < control.minimumCell()) {
                folded += n;
                it.remove();
            }
        }
        return folded;
    }

    /** Most frequent first (ties by name); beyond {@code limit}, one "others" row when {@code others} is named. */
    private static List<Object[]> byCount(Map<String, Long> counts, int limit, String others) {
        List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<Object[]> rows = new ArrayList<>();
        long rest = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < limit) {
                rows.add(new Object[] {sorted.get(i).getKey(), sorted.get(i).getValue()});
            } else {
                rest += sorted.get(i).getValue();
            }
        }
        if (others != null && sorted.size() > limit) {
            rows.add(new Object[] {others, rest});
        }
        return rows;
    }

    private static long count(Map<String, Map<String, Long>> counts, String characteristic, String value) {
        return counts.getOrDefault(characteristic, Map.of()).getOrDefault(value, 0L);
    }

    /** Rows for the listed values (value, label, value, label…), then whatever is none of them as "Not recorded". */
    private static List<Object[]> closedList(Map<String, Map<String, Long>> counts, String characteristic, long whole,
                                             Object... valuesAndLabels) {
        List<Object[]> rows = new ArrayList<>();
        long listed = 0;
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            long n = count(counts, characteristic, String.valueOf(valuesAndLabels[i]));
            rows.add(new Object[] {valuesAndLabels[i + 1], n});
            listed += n;
        }
        if (whole - listed > 0) {
            rows.add(new Object[] {"Not recorded", whole - listed});
        }
        return rows;
    }

    private static List<Object[]> rows(Object... labelsAndCounts) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < labelsAndCounts.length; i += 2) {
            rows.add(new Object[] {labelsAndCounts[i], labelsAndCounts[i + 1]});
        }
        return rows;
    }

    private static Map<String, String> labels(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return map;
    }

    private static int[] fraction(String text) {
        String[] parts = text == null ? new String[0] : text.split("/");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("sf.programme.deadweight must be a fraction such as 1/6 (was " + text + ")");
    }
}
