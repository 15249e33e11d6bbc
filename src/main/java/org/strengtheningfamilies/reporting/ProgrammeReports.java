package org.strengtheningfamilies.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.payment.FundingForecast;
import org.strengtheningfamilies.payment.FundingYear;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.reporting.ReportQueries.Activity;
import org.strengtheningfamilies.reporting.ReportQueries.ClaimFigures;
import org.strengtheningfamilies.reporting.ReportQueries.LiveCases;
import org.strengtheningfamilies.reporting.ReportQueries.Progress;
import org.strengtheningfamilies.reporting.StatisticalNeighbours.Figures;

/**
 * The managers' reports (DESIGN.md section 6; the report's Table 1, Table 2, Appendices 2 and 3) and
 * the claims report, built from the read model as at a date. Aggregates only: no family appears.
 */
public class ProgrammeReports {

    private static final int[] NEED_LEVELS = {2, 3, 4};

    private final ReportQueries queries;
    private final ProgrammeCalendar calendar;
    private final String authority;
    private final List<Integer> targetFamilies;
    private final int[] deadweight;
    private final StatisticalNeighbours neighbours;

    public ProgrammeReports(ReportQueries queries, ProgrammeCalendar calendar, String authority,
                            List<Integer> targetFamilies, String deadweight, StatisticalNeighbours neighbours) {
        if (targetFamilies == null || targetFamilies.size() != calendar.years()) {
            throw new IllegalArgumentException("sf.programme.target-families must give one target per programme year ("
                    + calendar.years() + "), was " + targetFamilies);
        }
        this.queries = queries;
        this.calendar = calendar;
        this.authority = authority;
        this.targetFamilies = List.copyOf(targetFamilies);
        this.deadweight = fraction(deadweight);
        this.neighbours = neighbours;
        forecast(); // a bad deadweight or target stops the application at start, not a report later
    }

    private FundingForecast forecast() {
        return new FundingForecast(targetFamilies, deadweight[0], deadweight[1], 0, 0,
                targetFamilies.stream().map(t -> 0).toList());
    }

    // ---- Table 1 ------------------------------------------------------------------------

    public Report targets(LocalDate asOf) {
        List<LocalDate[]> periods = new ArrayList<>();
        for (int year = 1; year <= calendar.years(); year++) {
            periods.add(new LocalDate[] {calendar.yearStart(year), calendar.yearEnd(year)});
        }
        List<Progress> progress = queries.progress(periods, asOf);
        List<FundingYear> forecast = forecast().years();
        List<Map<String, Object>> years = new ArrayList<>();
        List<List<Object>> csv = new ArrayList<>();
        long[] totals = new long[6];
        for (int i = 0; i < periods.size(); i++) {
            Progress p = progress.get(i);
            FundingYear f = forecast.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", i + 1);
            row.put("from", periods.get(i)[0].toString());
            row.put("to", periods.get(i)[1].toString());
            long[] figures = {f.actualFamilies(), f.indicativeFamilies(), p.identified(), p.workedWith(), p.attached(),
                    p.turnedAround()};
            putProgress(row, figures);
            years.add(row);
            List<Object> line = new ArrayList<>(List.of(i + 1, periods.get(i)[0].toString(), periods.get(i)[1].toString()));
            Arrays.stream(figures).forEach(line::add);
            csv.add(line);
            for (int k = 0; k < totals.length; k++) {
                totals[k] += figures[k];
            }
        }
        Map<String, Object> totalRow = new LinkedHashMap<>();
        putProgress(totalRow, totals);
        List<Object> totalLine = new ArrayList<>(List.of("total", periods.get(0)[0].toString(),
                periods.get(periods.size() - 1)[1].toString()));
        Arrays.stream(totals).forEach(totalLine::add);
        csv.add(totalLine);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("asOf", asOf.toString());
        json.put("authority", authority);
        json.put("years", years);
        json.put("totals", totalRow);
        return new Report(json, List.of("year", "from", "to", "targetFamilies", "indicativeFamilies", "identified",
                "workedWith", "attached", "turnedAround"), csv);
    }

    private static void putProgress(Map<String, Object> row, long[] figures) {
        String[] names = {"targetFamilies", "indicativeFamilies", "identified", "workedWith", "attached", "turnedAround"};
        for (int k = 0; k < names.length; k++) {
            row.put(names[k], figures[k]);
        }
    }

    // ---- Table 2 ------------------------------------------------------------------------

    public Report activity(LocalDate asOf) {
        Activity activity = queries.activity(asOf);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<List<Object>> csv = new ArrayList<>();
        long working = 0;
        for (LeadService service : LeadService.values()) {
            if (service == LeadService.NFA) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("leadService", service.name());
            row.put("leadServiceName", service.displayName());
            List<Object> line = new ArrayList<>(List.of(service.name(), service.displayName()));
            long total = 0;
            for (int level : NEED_LEVELS) {
                long n = activity.live().stream()
                        .filter(l -> service.name().equals(l.leadService()) && l.needLevel() == level)
                        .mapToLong(LiveCases::families).sum();
                row.put("level" + level, n);
                line.add(n);
                total += n;
            }
            row.put("total", total);
            line.add(total);
            rows.add(row);
            csv.add(line);
            working += total;
        }
        long total = working + activity.noFurtherAction() + activity.previouslyWorkedWith();
        List<ReportQueries.OverdueWork> overdue = queries.overdueWork(asOf);
        for (int i = 0; i < rows.size(); i++) {
            String service = (String) rows.get(i).get("leadService");
            ReportQueries.OverdueWork work = overdue.stream().filter(o -> service.equals(o.leadService())).findFirst()
                    .orElse(new ReportQueries.OverdueWork(service, 0, 0));
            rows.get(i).put("overdueTasks", work.tasks());
            rows.get(i).put("familiesWithOverdueTasks", work.families());
            csv.get(i).add(work.tasks());
            csv.get(i).add(work.families());
        }
        long overdueTasks = overdue.stream().mapToLong(ReportQueries.OverdueWork::tasks).sum();
        long overdueFamilies = overdue.stream().mapToLong(ReportQueries.OverdueWork::families).sum();
        ReportQueries.OverdueWork beforePanel = overdue.stream().filter(o -> o.leadService() == null).findFirst()
                .orElse(new ReportQueries.OverdueWork(null, 0, 0));
        csv.add(List.of("NFA", LeadService.NFA.displayName(), "", "", "", activity.noFurtherAction(), "", ""));
        csv.add(List.of("PREVIOUSLY_WORKED_WITH", "Previously worked with (retrospective)", "", "", "",
                activity.previouslyWorkedWith(), "", ""));
        csv.add(List.of("BEFORE_PANEL", "Referrals before the panel's decision", "", "", "", "", beforePanel.tasks(),
                beforePanel.families()));
        csv.add(List.of("TOTAL", "Total households", "", "", "", total, overdueTasks, overdueFamilies));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("asOf", asOf.toString());
        json.put("rows", rows);
        json.put("noFurtherAction", activity.noFurtherAction());
        json.put("previouslyWorkedWith", activity.previouslyWorkedWith());
        json.put("total", total);
        // overdue work: open tasks whose due day had passed by asOf (sf.deadlines), of live cases by lead service
        json.put("overdueTasksBeforePanel", beforePanel.tasks());
        json.put("overdueTasks", overdueTasks);
        json.put("familiesWithOverdueTasks", overdueFamilies);
        return new Report(json, List.of("leadService", "leadServiceName", "level2", "level3", "level4", "total",
                "overdueTasks", "familiesWithOverdueTasks"), csv);
    }

    // ---- Appendix 3 -----------------------------------------------------------------------

    public Report performance(LocalDate asOf) {
        long target = targetFamilies.stream().mapToLong(Integer::longValue).sum();
        long[] own = queries.identifiedAndWorkedWith(asOf);
        Map<String, Optional<Figures>> others = neighbours.asOf(asOf);
        others.remove(authority);
        List<Figures> ranked = new ArrayList<>();
        ranked.add(new Figures(authority, Math.toIntExact(target), asOf, Math.toIntExact(own[0]), Math.toIntExact(own[1])));
        others.values().forEach(f -> f.ifPresent(ranked::add));
        List<Percentages.Share> identifiedShares = ranked.stream()
                .map(f -> new Percentages.Share(f.identified(), f.targetFamilies())).toList();
        List<Percentages.Share> workedShares = ranked.stream()
                .map(f -> new Percentages.Share(f.workedWith(), f.targetFamilies())).toList();

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("asOf", asOf.toString());
        json.put("authority", authority);
        json.put("targetFamilies", target);
        json.put("identified", own[0]);
        json.put("identifiedPercent", Percentages.percent(own[0], target));
        json.put("workedWith", own[1]);
        json.put("workedWithPercent", Percentages.percent(own[1], target));
        json.put("rankByIdentifiedPercent", Percentages.rank(identifiedShares.get(0), identifiedShares));
        json.put("rankByWorkedWithPercent", Percentages.rank(workedShares.get(0), workedShares));
        json.put("authorities", ranked.size());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<List<Object>> csv = new ArrayList<>();
        csv.add(List.of(authority, target, asOf.toString(), own[0], Percentages.percent(own[0], target), own[1],
                Percentages.percent(own[1], target), json.get("rankByIdentifiedPercent"), json.get("rankByWorkedWithPercent")));
        for (Map.Entry<String, Optional<Figures>> entry : others.entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("authority", entry.getKey());
            if (entry.getValue().isEmpty()) {
                // nothing published on or before asOf: listed, not ranked
                for (String field : List.of("targetFamilies", "figuresAsOf", "identified", "identifiedPercent",
                        "workedWith", "workedWithPercent", "rankByIdentifiedPercent", "rankByWorkedWithPercent")) {
                    row.put(field, null);
                }
                rows.add(row);
                csv.add(List.of(entry.getKey(), "", "", "", "", "", "", "", ""));
                continue;
            }
            Figures f = entry.getValue().get();
            int index = ranked.indexOf(f);
            row.put("targetFamilies", f.targetFamilies());
            row.put("figuresAsOf", f.figuresAsOf().toString());
            row.put("identified", f.identified());
            row.put("identifiedPercent", Percentages.percent(f.identified(), f.targetFamilies()));
            row.put("workedWith", f.workedWith());
            row.put("workedWithPercent", Percentages.percent(f.workedWith(), f.targetFamilies()));
            row.put("rankByIdentifiedPercent", Percentages.rank(identifiedShares.get(index), identifiedShares));
            row.put("rankByWorkedWithPercent", Percentages.rank(workedShares.get(index), workedShares));
            rows.add(row);
            csv.add(List.of(f.authority(), f.targetFamilies(), f.figuresAsOf().toString(), f.identified(),
                    row.get("identifiedPercent"), f.workedWith(), row.get("workedWithPercent"),
                    row.get("rankByIdentifiedPercent"), row.get("rankByWorkedWithPercent")));
        }
        json.put("neighbours", rows);
        return new Report(json, List.of("authority", "targetFamilies", "figuresAsOf", "identified", "identifiedPercent",
                "workedWith", "workedWithPercent", "rankByIdentifiedPercent", "rankByWorkedWithPercent"), csv);
    }

    // ---- claims ---------------------------------------------------------------------------

    public Report claims(LocalDate asOf) {
        List<ClaimFigures> figures = queries.claims(asOf);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<List<Object>> csv = new ArrayList<>();
        long[] totals = new long[9];
        for (ClaimFigures f : figures) {
            long[] values = {f.made(), f.approved(), f.rejected(), f.submitted(), f.outstanding(), f.madePence(),
                    f.approvedPence(), f.submittedPence(), f.outstandingPence()};
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("programmeYear", f.programmeYear());
            row.put("resultType", f.resultType());
            putClaims(row, values);
            rows.add(row);
            List<Object> line = new ArrayList<>(List.of(f.programmeYear(), f.resultType()));
            line.addAll(row.values().stream().skip(2).toList());
            csv.add(line);
            for (int k = 0; k < totals.length; k++) {
                totals[k] += values[k];
            }
        }
        Map<String, Object> totalRow = new LinkedHashMap<>();
        putClaims(totalRow, totals);
        List<Object> totalLine = new ArrayList<>(List.of("total", ""));
        totalLine.addAll(totalRow.values());
        csv.add(totalLine);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("asOf", asOf.toString());
        json.put("rows", rows);
        json.put("totals", totalRow);
        return new Report(json, List.of("programmeYear", "resultType", "made", "approved", "rejected", "submitted",
                "outstanding", "madeAmount", "approvedAmount", "submittedAmount", "outstandingAmount"), csv);
    }

    private static void putClaims(Map<String, Object> row, long[] v) {
        row.put("made", v[0]);
        row.put("approved", v[1]);
        row.put("rejected", v[2]);
        row.put("submitted", v[3]);
        row.put("outstanding", v[4]);
        row.put("madeAmount", pounds(v[5]));
        row.put("approvedAmount", pounds(v[6]));
        row.put("submittedAmount", pounds(v[7]));
        row.put("outstandingAmount", pounds(v[8]));
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

    public Report characteristics(LocalDate asOf) {
        Map<String, Map<String, Long>> counts = queries.characteristics(asOf);
        long people = count(counts, "people", "");
        List<Map<String, Object>> sections = new ArrayList<>();
        List<List<Object>> csv = new ArrayList<>();

        section(sections, csv, "Young people, by gender", people, closedList(counts, "gender", people,
                "MALE", "Male", "FEMALE", "Female"));
        section(sections, csv, "Young people, by route", people, closedList(counts, "identification_route", people,
                "THREE_CRITERIA", "Meeting 3 criteria", "TWO_PLUS_LOCAL", "Meeting 2+1 criteria"));
        section(sections, csv, "Young people, known to social care", people, rows(
                "Known to Soc Care, active or recent case", count(counts, "known_to_social_care", "true")));
        List<Object> years = new ArrayList<>(List.of("1-6", "School Year 1 - 6", "7-8", "School Year 7 - 8"));
        for (int y = 9; y <= 13; y++) {
            years.addAll(List.of(String.valueOf(y), "School Year " + y));
        }
        Map<String, Long> byYear = new LinkedHashMap<>(counts.getOrDefault("school_year", Map.of()));
        byYear.put("1-6", java.util.stream.IntStream.rangeClosed(1, 6).mapToLong(y -> byYear.getOrDefault(String.valueOf(y), 0L)).sum());
        byYear.put("7-8", byYear.getOrDefault("7", 0L) + byYear.getOrDefault("8", 0L));
        counts.put("school_year_bands", byYear);
        section(sections, csv, "Young people, by school year", people,
                closedList(counts, "school_year_bands", people, years.toArray()));
        List<Object> sen = new ArrayList<>();
        SEN.forEach((code, label) -> sen.addAll(List.of(code, label)));
        section(sections, csv, "Young people, educational needs", people, closedList(counts, "sen", people, sen.toArray()));
        section(sections, csv, "Young people, free school meals", people, rows(
                "Entitled to Free School Meal", count(counts, "free_school_meals", "true")));
        List<Object> ethnicity = new ArrayList<>();
        ETHNICITY.forEach((code, label) -> {
            // E3 is not among the report's own rows; it is shown when someone has it
            if (!"E3".equals(code) || count(counts, "ethnicity", code) > 0) {
                ethnicity.addAll(List.of(code, code + " " + label));
            }
        });
        section(sections, csv, "Young people, by ethnicity", people,
                closedList(counts, "ethnicity", people, ethnicity.toArray()));
        Map<String, Long> district = new LinkedHashMap<>(counts.getOrDefault("district", Map.of()));
        Long noDistrict = district.remove("");
        List<Object[]> districtRows = byCount(district, Integer.MAX_VALUE, null);
        if (noDistrict != null && noDistrict > 0) {
            districtRows.add(new Object[] {"Not recorded", noDistrict});
        }
        section(sections, csv, "Young people, by district", people, districtRows);
        Map<String, Long> issues = counts.getOrDefault("presenting_issue", Map.of());
        long mentions = issues.values().stream().mapToLong(Long::longValue).sum();
        section(sections, csv, "Presenting issues, top " + TOP_ISSUES, mentions,
                byCount(issues, TOP_ISSUES, "All others"));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("asOf", asOf.toString());
        json.put("youngPeople", people);
        json.put("sections", sections);
        return new Report(json, List.of("section", "label", "count", "percent"), csv);
    }

    private static void section(List<Map<String, Object>> sections, List<List<Object>> csv, String name, long whole,
                                List<Object[]> all) {
        List<Map<String, Object>> jsonRows = new ArrayList<>();
        for (Object[] r : all) {
            long count = (Long) r[1];
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", r[0]);
            row.put("count", count);
            row.put("percent", Percentages.percent(count, whole));
            jsonRows.add(row);
            csv.add(List.of(name, r[0], count, row.get("percent")));
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("name", name);
        section.put("rows", jsonRows);
        sections.add(section);
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
