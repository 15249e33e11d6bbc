package org.strengtheningfamilies.agencydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;
import org.strengtheningfamilies.testing.PostgresApplicationTest;

/**
 * The same imports on PostgreSQL, where rows are written as multi-row INSERT ... ON CONFLICT: the
 * example files, a re-import that changes nothing, an update in place, and a refused file that
 * leaves nothing behind.
 */
@PostgresApplicationTest
class PostgresAgencyDataImportTest {

    @Autowired AgencyDataImporter importer;
    @Autowired JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void emptyTables() {
        for (AgencyDataset dataset : AgencyDataset.all()) {
            jdbc.update("delete from " + dataset.table());
        }
    }

    ImportResult importText(String dataset, String csv) {
        return importer.importCsv(AgencyDataset.named(dataset).orElseThrow(),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), dataset + ".csv", "test", "API");
    }

    @Test
    void examplesImportOnceAndAgainWithoutChangeAndUpdatesReplaceInPlace() throws IOException {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        for (AgencyDataset dataset : AgencyDataset.all()) {
            String csv = AgencyDataImportTest.example(dataset.name());
            long rows = csv.lines().count() - 1;
            ImportResult first = importText(dataset.name(), csv);
            assertThat(first.rejections()).as(dataset.name()).isEmpty();
            assertThat(first.accepted()).isEqualTo(rows);
            assertThat(first.changed()).isEqualTo(rows);
            List<Map<String, Object>> before = jdbc.queryForList("select * from " + dataset.table() + " order by id");
            ImportResult again = importText(dataset.name(), csv);
            assertThat(again.changed()).isZero();
            assertThat(again.unchanged()).isEqualTo(rows);
            assertThat(jdbc.queryForList("select * from " + dataset.table() + " order by id")).isEqualTo(before);
        }
        assertThat(jdbc.queryForObject("select count(*) from sf_data_police where source = 'YOT' and record_id like 'YOT-%'", Integer.class)).isEqualTo(3);

        jdbc.update("update sf_data_housing set person_id = 7");
        String housing = AgencyDataImportTest.example("housing");
        // a new tenancy first: its chunk holds new and stored keys together
        String newTenancy = "MKC-T-010001,2012-11,Piotr Kowalski,1983-12-01,M,25000410090,MK12 5DZ,\"3 Harcourt\",0,false,false,\n";
        String edited = housing.replace("655.00,true", "700.00,true").replace("Lisa OBrien", "Lisa O'Brien-Hart");
        int firstRow = edited.indexOf('\n') + 1;
        ImportResult changed = importText("housing", edited.substring(0, firstRow) + newTenancy + edited.substring(firstRow));
        assertThat(changed.changed()).isEqualTo(3);
        assertThat(changed.unchanged()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select rent_arrears_pence from sf_data_housing where record_id = 'MKC-T-004512' "
                + "and period = '2012-11'", Long.class)).isEqualTo(70000L);
        // arrears changed, same person: the match stands; the name changed: matching must look again
        assertThat(jdbc.queryForObject("select person_id from sf_data_housing where record_id = 'MKC-T-004512' "
                + "and period = '2012-11'", Long.class)).isEqualTo(7L);
        assertThat(jdbc.queryForMap("select name_key, person_id from sf_data_housing where record_id = 'MKC-T-007730'"))
                .containsEntry("name_key", "LISA OBRIEN HART").containsEntry("person_id", null);
        assertThat(jdbc.queryForObject("select count(*) from sf_data_housing", Integer.class)).isEqualTo(5);
    }

    @Test
    void duplicatesAndBadRowsAreRejectedAndARefusedFileLeavesNothing() {
        String header = "source,record_id,full_name,date_of_birth,gender,uprn,postcode,address,event_type,event_date,age_at_event,domestic_abuse\n";
        ImportResult result = importText("police", header
                + "YOT,PG-1,Ann Lee,1998-02-03,F,,,,OFFENCE,2012-10-01,14,false\n"
                + "POLICE,PG-1,Ann Lee,1998-02-03,F,,,,CALLOUT,2012-10-01,,true\n" // another source: its own row
                + "YOT,PG-1,Ann Lee,1998-02-03,F,,,,OFFENCE,2012-10-01,14,false\n"
                + "YOT,PG-2,Ann Lee,1998-02-03,F,,,,OFFENCE,2012-10-01,15,false\n"
                + "YOT,PG-3,Ann Lee,1998-02-03,F,,,,OFFENCE,1997-10-01,,false\n");
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.rejections()).extracting(r -> r.line() + " " + r.field() + ": " + r.reason()).containsExactly(
                "4 record_id: duplicate of line 2 (same source, record_id, period)",
                "5 age_at_event: 15 does not agree with date_of_birth and event_date (14)",
                "6 event_date: 1997-10-01 is before date_of_birth 1998-02-03");
        assertThat(jdbc.queryForObject("select count(*) from sf_import_rejection where import_id = ?", Integer.class,
                result.importId())).isEqualTo(3);

        int before = jdbc.queryForObject("select count(*) from sf_data_police", Integer.class);
        byte[] bad = (header + "YOT,PG-9,Ann Lee,1998-02-03,F,,,,OFFENCE,2012-10-01,14,false\nYOT,PG-10,Ann \u00ff")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> importer.importCsv(AgencyDataset.named("police").orElseThrow(),
                new ByteArrayInputStream(bad), "bad.csv", "test", "API"))
                .isInstanceOf(ImportFailedException.class).hasMessageStartingWith("line 3 is not valid UTF-8");
        assertThat(jdbc.queryForObject("select count(*) from sf_data_police", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForMap("select status, failure from sf_import order by id desc limit 1"))
                .containsEntry("status", "FAILED");
    }

    /**
     * A first load streams through one COPY kept open across chunks: a file that turns out bad after
     * several chunks leaves the table as empty as it was, and the next import works.
     */
    @Test
    void aFirstLoadRefusedAfterSeveralChunksLeavesNothing() throws IOException {
        jdbc.update("delete from sf_data_school");
        java.io.StringWriter rows = new java.io.StringWriter();
        new AgencyDataGenerator(7).writeSchools(rows, 12_000);
        int written = 12_000;
        byte[] good = rows.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "SCH-X,2012-AUTUMN,Ann \u00ff".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + tail.length);
        System.arraycopy(tail, 0, bad, good.length, tail.length);

        assertThatThrownBy(() -> importer.importCsv(AgencyDataset.named("schools").orElseThrow(),
                new ByteArrayInputStream(bad), "bad.csv", "test", "API"))
                .isInstanceOf(ImportFailedException.class).hasMessageContaining("is not valid UTF-8");
        assertThat(jdbc.queryForObject("select count(*) from sf_data_school", Integer.class)).isZero();

        ImportResult again = importer.importCsv(AgencyDataset.named("schools").orElseThrow(),
                new ByteArrayInputStream(good), "good.csv", "test", "API");
        assertThat(again.accepted()).isEqualTo(written);
        assertThat(jdbc.queryForObject("select count(*) from sf_data_school", Integer.class)).isEqualTo(written);
    }
}
