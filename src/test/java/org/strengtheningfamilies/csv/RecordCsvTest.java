package org.strengtheningfamilies.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one CSV writer: columns from the record, every cell neutralised (OWASP CSV injection). */
class RecordCsvTest {

    record Line(String district, Integer families, BigDecimal amount) {
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaBecomeText() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1", "\r=1")) {
            assertThat(RecordCsv.neutralise(formula)).as(formula).isEqualTo("'" + formula);
        }
        assertThat(RecordCsv.neutralise("Lakes Estate")).isEqualTo("Lakes Estate");
        assertThat(RecordCsv.neutralise("-12")).as("a negative number is a number").isEqualTo("-12");
        assertThat(RecordCsv.neutralise("-12.50")).isEqualTo("-12.50");
        assertThat(RecordCsv.neutralise("")).isEmpty();
        assertThat(RecordCsv.neutralise(null)).isNull();
    }

    @Test
    void theHeaderIsTheRecordsComponentsAndEachRowOneLine() {
        String csv = RecordCsv.write(Line.class, List.of(new Line("=1+1", 3, new BigDecimal("700.00")),
                new Line("Netherfield", null, null)), List.of("Figures as at 2012-12-31"));
        assertThat(csv.lines().toList()).containsExactly("district,families,amount", "'=1+1,3,700.00", "Netherfield,,",
                "# Figures as at 2012-12-31");
    }

    @Test
    void aCellThatWritesItselfIsWrittenAsItSays() {
        record Suppressed() implements RecordCsv.Cell {
            @Override
            public String csv() {
                return "[c]";
            }
        }
        record Row(String label, Suppressed count) {
        }
        assertThat(RecordCsv.write(Row.class, List.of(new Row("Male", new Suppressed()))).lines().toList())
                .containsExactly("label,count", "Male,[c]");
    }
}
