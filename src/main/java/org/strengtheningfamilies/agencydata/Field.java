package org.strengtheningfamilies.agencydata;

import java.sql.Types;
import java.util.function.Function;

/**
 * One column of a dataset's CSV file: its header, the table column it fills, whether a value is
 * required, and how the text becomes the value ({@link Values}).
 *
 * @param header         the CSV header (lower case)
 * @param column         the table column
 * @param sqlType        {@link Types} of the column
 * @param required       a row without a value is rejected
 * @param headerOptional the file may leave the whole column out (its value is then derived)
 * @param parse          non-blank, trimmed text to the value; throws {@link FieldProblem}
 */
record Field(String header, String column, int sqlType, boolean required, boolean headerOptional,
             Function<String, Object> parse) {

    static Field text(String name, int maxLength, boolean required) {
        return new Field(name, name, Types.VARCHAR, required, false, raw -> Values.text(raw, maxLength));
    }

    static Field code(String name, boolean required, java.util.Set<String> codes) {
        return new Field(name, name, Types.VARCHAR, required, false, raw -> Values.code(raw, codes));
    }

    static Field date(String name, boolean required) {
        return new Field(name, name, Types.DATE, required, false, Values::date);
    }

    static Field count(String name, boolean required, int min, int max) {
        return new Field(name, name, Types.INTEGER, required, false, raw -> Values.count(raw, min, max));
    }

    static Field flag(String name) {
        return new Field(name, name, Types.BOOLEAN, true, false, Values::flag);
    }

    Field optionalHeader() {
        return new Field(header, column, sqlType, required, true, parse);
    }
}
