package org.strengtheningfamilies.agencydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The normalised name matching compares, the value rules, and the strict reader, without a database. */
class NameKeyAndValuesTest {

    @Test
    void nameKeysAreUpperCaseLettersAndSingleSpaces() {
        assertThat(NameKey.of("Chloë  O'Brien")).isEqualTo("CHLOE OBRIEN");
        assertThat(NameKey.of("  chloe obrien ")).isEqualTo("CHLOE OBRIEN");
        assertThat(NameKey.of("Ann-Marie Smith-Jones")).isEqualTo("ANN MARIE SMITH JONES");
        assertThat(NameKey.of("Zoltán Łukasz Strauß")).isEqualTo("ZOLTAN LUKASZ STRAUSS");
        assertThat(NameKey.of("Renée St. John")).isEqualTo("RENEE ST JOHN");
        assertThat(NameKey.of("Jamie Mc Donald")).isEqualTo("JAMIE MC DONALD");
        assertThat(NameKey.of("Ｊａｙｄｅｎ")).isEqualTo("JAYDEN"); // full-width letters decompose
        assertThat(NameKey.of("李 小龍")).isEmpty();
    }

    @Test
    void datesAreIsoOrUkAndMustExist() {
        assertThat(Values.date("2012-10-06")).isEqualTo(LocalDate.of(2012, 10, 6));
        assertThat(Values.date("06/10/2012")).isEqualTo(LocalDate.of(2012, 10, 6));
        assertThatThrownBy(() -> Values.date("2013-02-29")).hasMessage("'2013-02-29' is not a calendar date");
        assertThatThrownBy(() -> Values.date("6/10/2012")).hasMessageContaining("is not a date (expected yyyy-MM-dd");
        assertThatThrownBy(() -> Values.date("2012-1O-06")).hasMessageContaining("is not a date");
        assertThatThrownBy(() -> Values.date("1850-01-01")).hasMessage("1850-01-01 is outside 1900-01-01 to 2099-12-31");
    }

    @Test
    void formulasAreRefusedButOrdinaryNamesAndAddressesPass() {
        for (String formula : new String[] {"=1+1", "+SUM(A1)", "@cmd", "-1", "-(2)", "-SUM(A1)", "\t=1", "-"}) {
            assertThatThrownBy(() -> Values.text(formula, 200)).as(formula).hasMessageContaining("formula injection");
        }
        for (String fine : new String[] {"Ann-Marie O'Brien", "Flat 2, 14 Windermere Drive", "-Smith", "Karen = Kaz"}) {
            assertThat(Values.text(fine, 200)).isEqualTo(fine);
        }
        assertThatThrownBy(() -> Values.text("Ann\u0000Lee", 200)).hasMessage("contains the control character U+0000");
    }

    @Test
    void poundsBecomeExactPenceAndPostcodesAreNormalised() {
        assertThat(Values.pence("412.5")).isEqualTo(41250L);
        assertThat(Values.pence("£1,280.75")).isEqualTo(128075L);
        assertThatThrownBy(() -> Values.pence("12.345")).hasMessageContaining("not an amount");
        assertThat(Values.postcode("mk6 3lp")).isEqualTo("MK63LP");
        assertThat(Values.postcode("SW1A 1AA")).isEqualTo("SW1A1AA");
        assertThatThrownBy(() -> Values.postcode("MK6")).hasMessageContaining("not a UK postcode");
        assertThatThrownBy(() -> Values.count("1e3", 0, 10)).hasMessage("'1e3' is not a whole number");
    }

    @Test
    void theReaderNamesTheLineOfBadBytesEvenAcrossBufferBoundaries() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("line ").append(i).append(",Zoë\n"); // multi-byte characters across the 64 KiB buffer edges
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        try (Reader reader = new CsvInputReader(new ByteArrayInputStream(good), 100)) {
            StringWriter copy = new StringWriter();
            reader.transferTo(copy);
            assertThat(copy.toString()).isEqualTo(text.toString());
        }
        byte[] bad = (text + "line 5000,Zo").getBytes(StandardCharsets.UTF_8);
        byte[] withLatin1 = new byte[bad.length + 2];
        System.arraycopy(bad, 0, withLatin1, 0, bad.length);
        withLatin1[bad.length] = (byte) 0xEB; // ë in ISO-8859-1
        withLatin1[bad.length + 1] = '\n';
        assertThatThrownBy(() -> {
            try (Reader reader = new CsvInputReader(new ByteArrayInputStream(withLatin1), 100)) {
                reader.transferTo(new StringWriter());
            }
        }).isInstanceOf(ImportFileException.class).hasMessageStartingWith("line 5001 is not valid UTF-8");
    }

    @Test
    void anUploadThatBreaksOffIsAFileProblemNamingTheLine() {
        byte[] start = "a,b\nc,d\ne,".getBytes(StandardCharsets.UTF_8);
        java.io.InputStream broken = new java.io.SequenceInputStream(new ByteArrayInputStream(start), new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset");
            }
        });
        assertThatThrownBy(() -> {
            try (Reader reader = new CsvInputReader(broken, 100)) {
                reader.transferTo(new StringWriter());
            }
        }).isInstanceOf(ImportFileException.class)
                .hasMessage("the file could not be read to its end (stopped at line 3: Connection reset)");
    }

    @Test
    void aNameWhoseMatchingKeyWouldNotFitIsRejected() {
        AgencyDataset dwp = AgencyDataset.named("dwp").orElseThrow();
        String name = "Stra" + "ß".repeat(120);
        org.apache.commons.csv.CSVRecord record;
        try (var parser = org.apache.commons.csv.CSVParser.parse("R1," + name + ",1990-01-01,,,,,ESF,2012-01-01,",
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            record = parser.getRecords().get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ParsedRow row = dwp.parse(record, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 2, LocalDate.of(2013, 1, 1));
        assertThat(row.problems()).extracting(RowRejection::reason)
                .containsExactly("is longer than 200 letters once normalised for matching");
    }

    @Test
    void aQuotedLineBreakContinuesTheRecordAndCountsTowardsItsLength() throws IOException {
        String ok = "a,\"two\nlines\",b\n" + "x".repeat(90) + "\n";
        try (Reader reader = new CsvInputReader(new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)), 100)) {
            reader.transferTo(new StringWriter());
        }
        String runaway = "a,\"never closed\n" + ("y".repeat(40) + "\n").repeat(5);
        assertThatThrownBy(() -> {
            try (Reader reader = new CsvInputReader(new ByteArrayInputStream(runaway.getBytes(StandardCharsets.UTF_8)), 100)) {
                reader.transferTo(new StringWriter());
            }
        }).hasMessage("line 1 is longer than 100 characters (a quoted field may be missing its closing quote)");
    }
}
