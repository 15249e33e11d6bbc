package org.strengtheningfamilies.reporting;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonValue;
import org.strengtheningfamilies.csv.RecordCsv;

/**
 * A figure of a report: a count, a percentage or an amount, or nothing because disclosure control
 * suppressed it ({@link DisclosureControl}); JSON then says null and CSV {@code [c]}, the symbol UK
 * official statistics use for a confidential figure.
 */
public record Figure(Number value, boolean suppressed) implements RecordCsv.Cell {

    public static final Figure SUPPRESSED = new Figure(null, true);
    static final String SUPPRESSED_SYMBOL = "[c]";

    public static Figure of(long value) {
        return new Figure(value, false);
    }

    public static Figure of(BigDecimal value) {
        return new Figure(value, false);
    }

    /** The figure, or suppressed when {@code suppress}. */
    public static Figure of(long value, boolean suppress) {
        return suppress ? SUPPRESSED : of(value);
    }

    public static Figure of(BigDecimal value, boolean suppress) {
        return suppress ? SUPPRESSED : of(value);
    }

    @JsonValue
    public Number json() {
        return suppressed ? null : value;
    }

    @Override
    public String csv() {
        if (suppressed) {
            return SUPPRESSED_SYMBOL;
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    @Override
    public String toString() {
        return csv();
    }
}
