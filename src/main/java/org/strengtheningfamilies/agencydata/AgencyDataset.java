package org.strengtheningfamilies.agencydata;

import java.sql.Types;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * One agency dataset: the CSV file it is imported from (headers, codes, rules, docs/agency-data.md)
 * and the table it fills. Every dataset carries the same person columns so that matching treats them
 * alike; the key columns make a re-import replace, never duplicate.
 */
public final class AgencyDataset {

    /** The person columns every dataset table has, in table order. */
    public static final List<String> PERSON_COLUMNS =
            List.of("full_name", "name_key", "date_of_birth", "gender", "uprn", "postcode", "address");

    static final Set<String> SEN = Set.of("NONE", "SCHOOL_ACTION", "SCHOOL_ACTION_PLUS", "STATEMENT");
    static final Set<String> ETHNICITY = Set.of("A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4",
            "C1", "C2", "C3", "C4", "D1", "D2", "D3", "E1", "E2", "E3", "E4");
    static final Set<String> EVENT_TYPES = Set.of("OFFENCE", "ASB_ORDER", "INJUNCTION", "ASB_CONTRACT",
            "ASB_INTERVENTION", "CALLOUT");
    static final Set<String> SOURCES = Set.of("POLICE", "YOT");
    static final Set<String> SPELL_TYPES = Set.of("OUT_OF_WORK_BENEFIT", "WORK_PROGRAMME", "ESF", "EMPLOYMENT");
    static final Set<String> SUBSTANCES = Set.of("ALCOHOL", "DRUGS", "BOTH");
    static final Set<String> SOCIAL_CARE_STATUSES = Set.of("KNOWN", "CHILD_IN_NEED", "CHILD_PROTECTION", "EARLY_HELP");

    private static final Pattern TERM = Pattern.compile("(\\d{4})-(AUTUMN|SPRING|SUMMER)");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private static final Map<String, AgencyDataset> ALL = new LinkedHashMap<>();

    static {
        register(new AgencyDataset("schools", "sf_data_school", "one pupil in one term", false,
                List.of(period(), Field.date("term_start", true), Field.date("term_end", true),
                        Field.count("school_year", false, 1, 13),
                        Field.count("possible_sessions", true, 0, 1000),
                        Field.count("unauthorised_absence_sessions", true, 0, 1000),
                        Field.count("fixed_exclusions", true, 0, 1000),
                        Field.flag("permanently_excluded"), Field.flag("alternative_provision"), Field.flag("on_roll"),
                        Field.code("sen", false, SEN), Field.flag("free_school_meals"),
                        Field.code("ethnicity", false, ETHNICITY)),
                AgencyDataset::schoolRules));
        register(new AgencyDataset("police", "sf_data_police", "one event (offence, order, call-out...)", true,
                List.of(Field.code("event_type", true, EVENT_TYPES), Field.date("event_date", true),
                        Field.count("age_at_event", false, 0, 130), Field.flag("domestic_abuse")),
                AgencyDataset::policeRules));
        register(new AgencyDataset("dwp", "sf_data_dwp", "one spell (benefit, Work Programme, ESF, employment)", false,
                List.of(Field.code("spell_type", true, SPELL_TYPES), Field.date("start_date", true),
                        Field.date("end_date", false)),
                (row, today) -> spell(row)));
        register(new AgencyDataset("housing", "sf_data_housing", "one tenancy in one month", false,
                List.of(period(),
                        new Field("rent_arrears", "rent_arrears_pence", Types.BIGINT, true, false, Values::pence),
                        Field.flag("eviction_risk"), Field.flag("housing_asb_intervention"),
                        Field.date("intervention_date", false)),
                AgencyDataset::housingRules));
        register(new AgencyDataset("substance-misuse", "sf_data_substance", "one treatment episode", false,
                List.of(Field.code("substance", true, SUBSTANCES), Field.date("start_date", true),
                        Field.date("end_date", false)),
                (row, today) -> spell(row)));
        register(new AgencyDataset("social-care", "sf_data_social_care", "one episode (known, child in need, child protection)", false,
                List.of(Field.code("status", true, SOCIAL_CARE_STATUSES), Field.date("start_date", true),
                        Field.date("end_date", false)),
                (row, today) -> spell(row)));
    }

    private final String name;
    private final String table;
    private final String rowMeaning;
    private final boolean hasSource;
    private final List<Field> fields;
    private final List<String> columns;
    private final int[] sqlTypes;
    private final List<String> keyColumns;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    /** The column of each field, by position: looked up once, not for every value of every row. */
    private final int[] fieldColumns;
    private final BiConsumer<ParsedRow, LocalDate> rules;

    private AgencyDataset(String name, String table, String rowMeaning, boolean hasSource, List<Field> own,
                          BiConsumer<ParsedRow, LocalDate> rules) {
        this.name = name;
        this.table = table;
        this.rowMeaning = rowMeaning;
        this.hasSource = hasSource;
        this.rules = rules;
        List<Field> all = new ArrayList<>();
        List<String> cols = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        if (hasSource) {
            all.add(Field.code("source", false, SOURCES).optionalHeader());
            cols.add("source");
            types.add(Types.VARCHAR);
        }
        all.add(Field.text("record_id", 64, true));
        cols.add("record_id");
        types.add(Types.VARCHAR);
        own.stream().filter(f -> f.column().equals("period")).forEach(all::add);
        // the period is a column of the file (a term, a month) or the month of the row's own date
        cols.add("period");
        types.add(Types.VARCHAR);
        all.add(Field.text("full_name", 200, true));
        cols.addAll(List.of("full_name", "name_key"));
        types.addAll(List.of(Types.VARCHAR, Types.VARCHAR));
        all.add(Field.date("date_of_birth", true));
        all.add(new Field("gender", "gender", Types.VARCHAR, false, false, Values::gender));
        all.add(new Field("uprn", "uprn", Types.VARCHAR, false, false, Values::uprn));
        all.add(new Field("postcode", "postcode", Types.VARCHAR, false, false, Values::postcode));
        all.add(Field.text("address", 300, false));
        cols.addAll(List.of("date_of_birth", "gender", "uprn", "postcode", "address"));
        types.addAll(List.of(Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR));
        for (Field field : own) {
            if (!field.column().equals("period")) {
                all.add(field);
                cols.add(field.column());
                types.add(field.sqlType());
            }
        }
        this.fields = Collections.unmodifiableList(all);
        this.columns = Collections.unmodifiableList(cols);
        this.sqlTypes = types.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < cols.size(); i++) {
            columnIndex.put(cols.get(i), i);
        }
        this.fieldColumns = all.stream().mapToInt(f -> columnIndex.get(f.column())).toArray();
        this.keyColumns = hasSource ? List.of("source", "record_id", "period") : List.of("record_id", "period");
    }

    private static void register(AgencyDataset dataset) {
        ALL.put(dataset.name, dataset);
    }

    private static Field period() {
        return new Field("period", "period", Types.VARCHAR, true, false, raw -> Values.text(raw, 16));
    }

    /** The dataset imported at {@code POST /api/imports/{name}}, if there is one of that name. */
    public static Optional<AgencyDataset> named(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static List<AgencyDataset> all() {
        return List.copyOf(ALL.values());
    }

    public String name() {
        return name;
    }

    public String table() {
        return table;
    }

    /** What one row of the file (and of the table) stands for. */
    public String rowMeaning() {
        return rowMeaning;
    }

    /** The CSV headers, in the order the example files use. */
    public List<String> headers() {
        return fields.stream().map(Field::header).toList();
    }

    List<Field> fields() {
        return fields;
    }

    /** The table columns an import writes (besides import_id), in a fixed order. */
    List<String> columns() {
        return columns;
    }

    int sqlType(int column) {
        return sqlTypes[column];
    }

    List<String> keyColumns() {
        return keyColumns;
    }

    int indexOf(String column) {
        Integer index = columnIndex.get(column);
        if (index == null) {
            throw new IllegalArgumentException(table + " has no column " + column);
        }
        return index;
    }

    /**
     * The row's values, or its problems. {@code positions[i]} is the CSV column of field i, or -1
     * when the file leaves that (optional) column out.
     */
    ParsedRow parse(CSVRecord record, int[] positions, long line, LocalDate today) {
        ParsedRow row = new ParsedRow(this, line);
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String raw = positions[i] < 0 ? "" : record.get(positions[i]).strip();
            if (raw.isEmpty()) {
                if (field.required()) {
                    row.problem(field.header(), "is required");
                }
                continue;
            }
            try {
                row.values[fieldColumns[i]] = field.parse().apply(raw);
            } catch (FieldProblem problem) {
                row.problem(field.header(), problem.getMessage());
            }
        }
        if (row.rejected()) {
            return row;
        }
        String fullName = singleSpaced((String) row.get("full_name"));
        row.set("full_name", fullName);
        String key = NameKey.of(fullName);
        if (key.isEmpty()) {
            row.problem("full_name", "has no letters A to Z to match on");
        } else if (key.length() > 200) {
            // "ß" is "SS", a ligature several letters: the key can be longer than the name
            row.problem("full_name", "is longer than 200 letters once normalised for matching");
        }
        row.set("name_key", key);
        LocalDate born = (LocalDate) row.get("date_of_birth");
        if (born.isAfter(today)) {
            row.problem("date_of_birth", born + " is in the future");
        }
        rules.accept(row, today);
        return row;
    }

    private static String singleSpaced(String text) {
        StringBuilder spaced = null;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean whitespace = Character.isWhitespace(c);
            if (spaced == null && (whitespace && (c != ' ' || space))) {
                spaced = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (spaced != null && !(whitespace && space)) {
                spaced.append(whitespace ? ' ' : c);
            }
            space = whitespace;
        }
        return spaced == null ? text : spaced.toString();
    }

    private static void schoolRules(ParsedRow row, LocalDate today) {
        String period = (String) row.get("period");
        var term = TERM.matcher(period);
        if (!term.matches()) {
            row.problem("period", "'" + Values.clip(period) + "' is not a term (expected e.g. 2012-AUTUMN, 2013-SPRING, 2013-SUMMER)");
            return;
        }
        LocalDate start = (LocalDate) row.get("term_start");
        LocalDate end = (LocalDate) row.get("term_end");
        if (start.getYear() != Integer.parseInt(term.group(1))) {
            row.problem("term_start", start + " does not fall in " + period);
        }
        if (end.isBefore(start)) {
            row.problem("term_end", end + " is before term_start " + start);
        }
        if ((Integer) row.get("unauthorised_absence_sessions") > (Integer) row.get("possible_sessions")) {
            row.problem("unauthorised_absence_sessions", "is more than possible_sessions");
        }
    }

    private static void policeRules(ParsedRow row, LocalDate today) {
        if (row.get("source") == null) {
            row.set("source", "POLICE");
        }
        LocalDate event = (LocalDate) row.get("event_date");
        LocalDate born = (LocalDate) row.get("date_of_birth");
        row.set("period", YearMonth.from(event).toString());
        if (event.isBefore(born)) {
            row.problem("event_date", event + " is before date_of_birth " + born);
            return;
        }
        int age = Period.between(born, event).getYears();
        Integer given = (Integer) row.get("age_at_event");
        if (given == null) {
            row.set("age_at_event", age);
        } else if (given != age) {
            row.problem("age_at_event", given + " does not agree with date_of_birth and event_date (" + age + ")");
        }
    }

    private static void spell(ParsedRow row) {
        LocalDate start = (LocalDate) row.get("start_date");
        LocalDate end = (LocalDate) row.get("end_date");
        row.set("period", YearMonth.from(start).toString());
        if (end != null && end.isBefore(start)) {
            row.problem("end_date", end + " is before start_date " + start);
        }
    }

    private static void housingRules(ParsedRow row, LocalDate today) {
        String period = (String) row.get("period");
        if (!MONTH.matcher(period).matches()) {
            row.problem("period", "'" + Values.clip(period) + "' is not a month (expected yyyy-MM, e.g. 2012-10)");
        }
        if (Boolean.TRUE.equals(row.get("housing_asb_intervention")) && row.get("intervention_date") == null) {
            row.problem("intervention_date", "is required when housing_asb_intervention is true");
        }
    }
}
