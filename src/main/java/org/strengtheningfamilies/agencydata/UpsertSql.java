package org.strengtheningfamilies.agencydata;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statement that writes rows of a dataset: insert, or update the row with the same key when
 * something in it differs, or leave it untouched when nothing does (so a re-import changes nothing,
 * not even import_id). When a person column changes, the row's person_id is cleared: the match made
 * on the old name or address no longer holds and matching must look again.
 */
final class UpsertSql {

    private UpsertSql() {
    }

    /** PostgreSQL: a chunk is first copied into a temporary table (COPY is PostgreSQL's fast path). */
    static String postgresStage(AgencyDataset dataset, String stage) {
        return "create temp table " + stage + " on commit drop as select " + String.join(", ", allColumns(dataset))
                + " from " + dataset.table() + " with no data";
    }

    static String postgresCopy(String table, AgencyDataset dataset) {
        return "copy " + table + " (" + String.join(", ", allColumns(dataset)) + ") from stdin with (format csv)";
    }

    /** PostgreSQL: which of a chunk's keys (arrays, one per key column) are stored already, as 1-based positions. */
    static String postgresExisting(AgencyDataset dataset) {
        List<String> keys = dataset.keyColumns();
        // LATERAL: one index lookup per key (a nested loop), never a hash of the whole table
        return "select k.ord from unnest(" + keys.stream().map(c -> "?::varchar[]").collect(Collectors.joining(", "))
                + ") with ordinality as k(" + String.join(", ", keys) + ", ord) cross join lateral (select 1 from "
                + dataset.table() + " t where "
                + keys.stream().map(c -> "t." + c + " = k." + c).collect(Collectors.joining(" and ")) + " limit 1) found";
    }

    /** PostgreSQL: the staged chunk into the dataset table, with INSERT ... ON CONFLICT. */
    static String postgresUpsert(AgencyDataset dataset, String stage) {
        List<String> columns = allColumns(dataset);
        return "insert into " + dataset.table() + " as t (" + String.join(", ", columns) + ") select "
                + String.join(", ", columns) + " from " + stage
                + " on conflict (" + String.join(", ", dataset.keyColumns()) + ") do update set "
                + updates(dataset, "excluded")
                + " where " + tuple("t", compared(dataset)) + " is distinct from " + tuple("excluded", compared(dataset));
    }

    /** H2: one MERGE for one row, run as a JDBC batch. */
    static String h2(AgencyDataset dataset) {
        List<String> columns = allColumns(dataset);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            values.add("cast(? as " + h2Type(i == 0 ? Types.BIGINT : dataset.sqlType(i - 1)) + ")");
        }
        return "merge into " + dataset.table() + " t using (values (" + String.join(", ", values) + ")) s("
                + String.join(", ", columns) + ") on "
                + dataset.keyColumns().stream().map(c -> "t." + c + " = s." + c).collect(Collectors.joining(" and "))
                + " when matched and " + tuple("t", compared(dataset)) + " is distinct from " + tuple("s", compared(dataset))
                + " then update set " + updates(dataset, "s")
                + " when not matched then insert (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }

    private static List<String> allColumns(AgencyDataset dataset) {
        List<String> columns = new ArrayList<>();
        columns.add("import_id");
        columns.addAll(dataset.columns());
        return columns;
    }

    /** What decides whether a re-imported row changed: everything the file says (not import_id). */
    private static List<String> compared(AgencyDataset dataset) {
        return dataset.columns().stream().filter(c -> !dataset.keyColumns().contains(c)).toList();
    }

    private static String updates(AgencyDataset dataset, String incoming) {
        List<String> sets = new ArrayList<>();
        sets.add("import_id = " + incoming + ".import_id");
        for (String column : compared(dataset)) {
            sets.add(column + " = " + incoming + "." + column);
        }
        sets.add("person_id = case when " + tuple("t", AgencyDataset.PERSON_COLUMNS) + " is not distinct from "
                + tuple(incoming, AgencyDataset.PERSON_COLUMNS) + " then t.person_id end");
        return String.join(", ", sets);
    }

    private static String tuple(String alias, List<String> columns) {
        return "(" + columns.stream().map(c -> alias + "." + c).collect(Collectors.joining(", ")) + ")";
    }

    private static String h2Type(int sqlType) {
        return switch (sqlType) {
            case Types.BIGINT -> "bigint";
            case Types.INTEGER -> "integer";
            case Types.DATE -> "date";
            case Types.BOOLEAN -> "boolean";
            default -> "varchar";
        };
    }
}
