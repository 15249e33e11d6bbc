package org.strengtheningfamilies.agencydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strengtheningfamilies.testing.ApplicationTest;

/**
 * Imports over REST on the default database (H2): the example files, re-imports that change nothing,
 * who may import, and every kind of bad input answered with a clear rejection and nothing half stored.
 */
@ApplicationTest
class AgencyDataImportTest {

    static final Path EXAMPLES = Path.of("docs/examples/agency-data");
    static final String SCHOOL_HEADER = "record_id,period,full_name,date_of_birth,gender,uprn,postcode,address,term_start,"
            + "term_end,school_year,possible_sessions,unauthorised_absence_sessions,fixed_exclusions,permanently_excluded,"
            + "alternative_provision,on_roll,sen,free_school_meals,ethnicity\n";
    static final String DWP_HEADER = "record_id,full_name,date_of_birth,gender,uprn,postcode,address,spell_type,start_date,end_date\n";

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired AgencyDataImporter importer;

    @org.junit.jupiter.api.BeforeEach
    void emptyTables() {
        for (AgencyDataset dataset : AgencyDataset.all()) {
            jdbc.update("delete from " + dataset.table());
        }
    }

    ResponseEntity<Map> importAs(String user, String dataset, Object body) {
        return importAs(user, dataset, body, "text/csv");
    }

    ResponseEntity<Map> importAs(String user, String dataset, Object body, String contentType) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        headers.setContentType(MediaType.parseMediaType(contentType));
        return rest.exchange("/api/imports/" + dataset, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    ResponseEntity<Map> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
    }

    static String example(String dataset) throws IOException {
        return Files.readString(EXAMPLES.resolve(dataset + ".csv"));
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rejections(ResponseEntity<Map> response) {
        return (List<Map<String, Object>>) response.getBody().get("rejections");
    }

    @Test
    void everyExampleFileImportsCompletelyAndAReimportChangesNothing() throws IOException {
        Map<String, String> tables = Map.of("schools", "sf_data_school", "police", "sf_data_police", "dwp", "sf_data_dwp",
                "housing", "sf_data_housing", "substance-misuse", "sf_data_substance", "social-care", "sf_data_social_care");
        for (Map.Entry<String, String> dataset : tables.entrySet()) {
            String csv = example(dataset.getKey());
            long lines = csv.lines().count() - 1;
            ResponseEntity<Map> first = importAs("data-team", dataset.getKey(), csv);
            assertThat(first.getStatusCode().value()).as(dataset.getKey()).isEqualTo(200);
            assertThat(rejections(first)).as(dataset.getKey()).isEmpty();
            assertThat(first.getBody()).containsEntry("rowsRead", (int) lines).containsEntry("accepted", (int) lines)
                    .containsEntry("changed", (int) lines).containsEntry("rejected", 0);
            assertThat(count(dataset.getValue())).isEqualTo(lines);

            List<Map<String, Object>> before = jdbc.queryForList("select * from " + dataset.getValue() + " order by id");
            ResponseEntity<Map> again = importAs("demo", dataset.getKey(), csv);
            assertThat(again.getBody()).containsEntry("accepted", (int) lines).containsEntry("changed", 0)
                    .containsEntry("unchanged", (int) lines);
            assertThat(jdbc.queryForList("select * from " + dataset.getValue() + " order by id")).isEqualTo(before);
        }
        Map<String, Object> jayden = jdbc.queryForMap("select * from sf_data_school where record_id = 'K825200100001' "
                + "and period = '2013-SUMMER'");
        assertThat(jayden).containsEntry("NAME_KEY", "JAYDEN SMITH").containsEntry("POSTCODE", "MK36AB")
                .containsEntry("UNAUTHORISED_ABSENCE_SESSIONS", 19).containsEntry("SEN", "SCHOOL_ACTION_PLUS");
        assertThat(jdbc.queryForObject("select name_key from sf_data_school where record_id = 'K825200100002' "
                + "and period = '2012-AUTUMN'", String.class)).isEqualTo("CHLOE SMITH");
        // the police file leaves the age of call-outs empty: derived from the dates
        assertThat(jdbc.queryForObject("select age_at_event from sf_data_police where record_id = 'TVP-2012-118223'",
                Integer.class)).isEqualTo(28);
        assertThat(jdbc.queryForObject("select period from sf_data_police where record_id = 'YOT-5521'", String.class))
                .isEqualTo("2012-12");
        assertThat(jdbc.queryForObject("select rent_arrears_pence from sf_data_housing where record_id = 'MKC-T-009901'",
                Long.class)).isEqualTo(128075L);
    }

    @Test
    void aChangedRowIsUpdatedInPlaceAndLosesItsMatchOnlyWhenThePersonChanged() {
        String row = "DWP-1,Karen Smith,1984-03-12,F,25000101234,MK3 6AB,14 Windermere Drive,OUT_OF_WORK_BENEFIT,2011-05-09,\n";
        importAs("data-team", "dwp", DWP_HEADER + row);
        jdbc.update("update sf_data_dwp set person_id = 42 where record_id = 'DWP-1'");
        ResponseEntity<Map> ended = importAs("data-team", "dwp", DWP_HEADER + row.replace("2011-05-09,", "2011-05-09,2013-01-31"));
        assertThat(ended.getBody()).containsEntry("changed", 1);
        Map<String, Object> stored = jdbc.queryForMap("select * from sf_data_dwp where record_id = 'DWP-1'");
        assertThat(stored.get("END_DATE").toString()).isEqualTo("2013-01-31");
        assertThat(stored).containsEntry("PERSON_ID", 42L).containsEntry("IMPORT_ID", ((Number) ended.getBody().get("importId")).longValue());

        importAs("data-team", "dwp", DWP_HEADER + row.replace("Karen Smith", "Karen Smyth"));
        assertThat(jdbc.queryForMap("select * from sf_data_dwp where record_id = 'DWP-1'"))
                .containsEntry("NAME_KEY", "KAREN SMYTH").containsEntry("PERSON_ID", null);
        assertThat(jdbc.queryForObject("select count(*) from sf_data_dwp where record_id = 'DWP-1'", Integer.class)).isEqualTo(1);
    }

    @Test
    void onlyTheDataTeamAndAdministratorsMayImport() throws IOException {
        String csv = example("social-care");
        assertThat(importAs(null, "social-care", csv).getStatusCode().value()).isEqualTo(401);
        assertThat(importAs("referrer", "social-care", csv).getStatusCode().value()).isEqualTo(403);
        assertThat(importAs("manager", "social-care", csv).getStatusCode().value()).isEqualTo(403);
        assertThat(get("panel", "/api/imports").getStatusCode().value()).isEqualTo(403);
        assertThat(importAs("data-team", "social-care", csv).getStatusCode().value()).isEqualTo(200);
        assertThat(importAs("demo", "social-care", csv).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void unknownDatasetIs404AndOtherContentTypesAre415() {
        ResponseEntity<Map> unknown = importAs("data-team", "weather", "a,b\n1,2\n");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat((String) unknown.getBody().get("message")).contains("weather").contains("schools");
        assertThat(importAs("data-team", "dwp", "{}", "application/json").getStatusCode().value()).isEqualTo(415);
        assertThat(importAs("data-team", "dwp", DWP_HEADER, "text/csv;charset=ISO-8859-1").getStatusCode().value()).isEqualTo(415);
    }

    @Test
    void statusShowsTheImportAndItsRejectionsAndTheListShowsRecentImports() {
        String bad = "DWP-S1,Ann Lee,1990-02-30,F,,,,OUT_OF_WORK_BENEFIT,2012-01-01,\n";
        ResponseEntity<Map> done = importAs("data-team", "dwp", DWP_HEADER + bad);
        Object id = done.getBody().get("importId");
        ResponseEntity<Map> status = get("data-team", "/api/imports/" + id);
        assertThat(status.getStatusCode().value()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> importRow = (Map<String, Object>) status.getBody().get("import");
        assertThat(importRow).containsEntry("status", "DONE").containsEntry("dataset", "dwp").containsEntry("rowsRead", 1)
                .containsEntry("rejected", 1).containsEntry("importedBy", "data-team").containsEntry("channel", "API");
        assertThat(importRow.get("sha256").toString()).hasSize(64);
        assertThat(rejections(status)).containsExactly(Map.of("line", 2, "field", "date_of_birth",
                "reason", "'1990-02-30' is not a calendar date"));
        assertThat(get("data-team", "/api/imports/999999").getStatusCode().value()).isEqualTo(404);

        ResponseEntity<List> recent = rest.exchange("/api/imports?dataset=dwp&limit=5", HttpMethod.GET,
                new HttpEntity<>(auth("data-team")), List.class);
        assertThat(recent.getStatusCode().value()).isEqualTo(200);
        assertThat(((Map<?, ?>) recent.getBody().get(0)).get("importId")).isEqualTo(id);
    }

    @Test
    void progressIsVisibleWhileTheFileIsStillArriving() throws Exception {
        java.io.PipedOutputStream sender = new java.io.PipedOutputStream();
        java.io.PipedInputStream body = new java.io.PipedInputStream(sender, 1 << 16);
        java.util.concurrent.CompletableFuture<ImportResult> running = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> importer.importCsv(AgencyDataset.named("dwp").orElseThrow(), body, "slow.csv", "data-team", "API"));
        StringBuilder rows = new StringBuilder(DWP_HEADER);
        for (int i = 0; i < 5; i++) {
            rows.append("SLOW-").append(i).append(",Ann Lee,1990-02-03,F,,,,ESF,2012-01-01,\n");
        }
        sender.write(rows.toString().getBytes(StandardCharsets.UTF_8));
        sender.flush();
        Map<String, Object> status = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            ResponseEntity<List> recent = rest.exchange("/api/imports?dataset=dwp&limit=1", HttpMethod.GET,
                    new HttpEntity<>(auth("data-team")), List.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> latest = (Map<String, Object>) recent.getBody().get(0);
            if ("slow.csv".equals(latest.get("fileName")) && ((Number) latest.get("rowsRead")).intValue() >= 4) {
                status = latest;
                break;
            }
            Thread.sleep(100);
        }
        assertThat(status).isNotNull().containsEntry("status", "RUNNING").containsEntry("finishedAt", null);
        assertThat(((Number) status.get("rowsPerSecond")).longValue()).isPositive();
        sender.write("SLOW-5,Ann Lee,1990-02-03,F,,,,ESF,2012-01-01,\n".getBytes(StandardCharsets.UTF_8));
        sender.close();
        ImportResult result = running.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(result.accepted()).isEqualTo(6);
        assertThat(get("data-team", "/api/imports/" + result.importId()).getBody().get("import"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("status", "DONE")
                .containsEntry("rowsRead", 6);
    }

    @Test
    void generatedFilesOfAllSixDatasetsImportWithoutRejections(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        new AgencyDataGenerator(42).writeAll(folder, 150);
        for (AgencyDataset dataset : AgencyDataset.all()) {
            ResponseEntity<Map> response = importAs("data-team", dataset.name(), Files.readString(folder.resolve(dataset.name() + ".csv")));
            assertThat(rejections(response)).as(dataset.name()).isEmpty();
            assertThat(((Number) response.getBody().get("accepted")).intValue()).as(dataset.name()).isPositive();
        }
    }

    static HttpHeaders auth(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        return headers;
    }

    // --- bad input ---

    @Test
    void missingOrUnknownHeadersRefuseTheFileNamingThem() {
        String header = SCHOOL_HEADER.replace(",ethnicity", ",ethnic_group").replace("term_end,", "");
        ResponseEntity<Map> refused = importAs("data-team", "schools", header + "X1,2012-AUTUMN,A B,2000-01-01\n");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).containsEntry("status", "FAILED").containsEntry("field", "term_end");
        assertThat((String) refused.getBody().get("message")).contains("missing headers term_end, ethnicity")
                .contains("unknown header ethnic_group");
        assertThat(count("sf_data_school")).isZero();
        long id = ((Number) refused.getBody().get("importId")).longValue();
        assertThat(jdbc.queryForObject("select status from sf_import where id = ?", String.class, id)).isEqualTo("FAILED");
    }

    @Test
    void anotherDelimiterIsRecognisedAndNamed() {
        ResponseEntity<Map> semicolons = importAs("data-team", "dwp", DWP_HEADER.replace(',', ';')
                + "DWP-9;Ann Lee;1990-02-03;F;;;;ESF;2012-01-01;\n");
        assertThat(semicolons.getStatusCode().value()).isEqualTo(400);
        assertThat((String) semicolons.getBody().get("message")).contains("separated by semicolons, not commas");
        ResponseEntity<Map> tabs = importAs("data-team", "dwp", DWP_HEADER.replace(',', '\t'));
        assertThat((String) tabs.getBody().get("message")).contains("separated by tabs");
    }

    @Test
    void anEmptyFileIsRefused() {
        for (String empty : List.of("", "\n\n", "\uFEFF")) {
            ResponseEntity<Map> refused = importAs("data-team", "dwp", empty);
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat((String) refused.getBody().get("message")).startsWith("the file is empty");
        }
    }

    @Test
    void badDatesUnknownCodesAndMissingValuesRejectTheirRowsOnly() {
        String csv = DWP_HEADER
                + "DWP-A,Ann Lee,1990-02-03,F,,MK6 3LP,,ESF,2012-01-01,\n"          // good
                + "DWP-B,Bob Lee,03/02/1990,M,,,,ESF,2012-13-01,\n"                 // bad month
                + "DWP-C,Cat Lee,1990-02-03,X,,,,JSA,2012-01-01,\n"                 // two unknown codes
                + "DWP-D,,1990-02-03,F,,,,ESF,2012-01-01,\n"                        // no name
                + "DWP-E,Eve Lee,1990-02-03,F,12ab,NOT A PC,,ESF,2012-03-01,2012-02-01\n" // uprn, postcode
                + "DWP-F,Fay Lee,1990-02-03,F,,,,ESF,2012-03-01,2012-02-01\n"        // ends before it starts
                + "DWP-G,Gus Lee,2090-02-03,M,,,,ESF,2012-03-01,\n";                // born in the future
        ResponseEntity<Map> response = importAs("data-team", "dwp", csv);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsEntry("rowsRead", 7).containsEntry("accepted", 1).containsEntry("rejected", 6);
        assertThat(rejections(response)).extracting(r -> r.get("line") + " " + r.get("field") + ": " + r.get("reason"))
                .containsExactly(
                        "3 start_date: '2012-13-01' is not a calendar date",
                        "4 gender: unknown code 'X' (expected MALE or FEMALE, or empty)",
                        "4 spell_type: unknown code 'JSA' (expected one of EMPLOYMENT, ESF, OUT_OF_WORK_BENEFIT, WORK_PROGRAMME)",
                        "5 full_name: is required",
                        "6 uprn: '12ab' is not a UPRN (1 to 12 digits)",
                        "6 postcode: 'NOT A PC' is not a UK postcode",
                        "7 end_date: 2012-02-01 is before start_date 2012-03-01",
                        "8 date_of_birth: 2090-02-03 is in the future");
        assertThat(jdbc.queryForList("select record_id from sf_data_dwp ", String.class))
                .containsExactly("DWP-A");
        assertThat(jdbc.queryForObject("select count(*) from sf_import_rejection where import_id = ?", Integer.class,
                ((Number) response.getBody().get("importId")).longValue())).isEqualTo(8);
    }

    @Test
    void schoolRowsAreCheckedAgainstTheirTermAndSessions() {
        String good = "P1,2012-AUTUMN,Ann Lee,2004-02-03,F,,,,2012-09-04,2012-12-20,3,140,10,0,false,false,true,NONE,true,A1\n";
        String csv = SCHOOL_HEADER + good
                + good.replace("P1,2012-AUTUMN", "P2,2012-WINTER")
                + good.replace("P1,", "P3,").replace(",140,10,", ",140,141,")
                + good.replace("P1,", "P4,").replace("NONE,true,A1", "NONE,maybe,Z9")
                + good.replace("P1,", "P5,").replace(",3,140", ",14,140");
        ResponseEntity<Map> response = importAs("data-team", "schools", csv);
        assertThat(rejections(response)).extracting(r -> r.get("line") + " " + r.get("field"))
                .containsExactly("3 period", "4 unauthorised_absence_sessions", "5 free_school_meals", "5 ethnicity",
                        "6 school_year");
        assertThat(count("sf_data_school")).isEqualTo(1);
    }

    @Test
    void aSecondRowWithTheSameRecordAndPeriodIsRejectedAsADuplicate() {
        String row = "DWP-DUP,Ann Lee,1990-02-03,F,,,,ESF,2012-01-01,\n";
        ResponseEntity<Map> response = importAs("data-team", "dwp", DWP_HEADER + row
                + "DWP-OTHER,Ann Lee,1990-02-03,F,,,,ESF,2012-01-01,\n" + row.replace("ESF", "WORK_PROGRAMME"));
        assertThat(response.getBody()).containsEntry("accepted", 2).containsEntry("rejected", 1);
        assertThat(rejections(response)).containsExactly(Map.of("line", 4, "field", "record_id",
                "reason", "duplicate of line 2 (same record_id, period)"));
        assertThat(jdbc.queryForObject("select spell_type from sf_data_dwp where record_id = 'DWP-DUP'", String.class))
                .isEqualTo("ESF");
    }

    @Test
    void rowsWithTheWrongNumberOfValuesAreRejected() {
        ResponseEntity<Map> response = importAs("data-team", "dwp", DWP_HEADER
                + "DWP-W1,Ann Lee,1990-02-03,F,,,,ESF,2012-01-01\n"
                + "DWP-W2,Ann Lee,1990-02-03,F,,,,ESF,2012-01-01,,extra\n");
        assertThat(rejections(response)).extracting(r -> r.get("line") + " " + r.get("reason"))
                .containsExactly("2 has 9 values, the header has 10", "3 has 11 values, the header has 10");
    }

    @Test
    void spreadsheetFormulasInNamesAndAddressesAreRejected() {
        ResponseEntity<Map> response = importAs("data-team", "dwp", DWP_HEADER
                + "DWP-F1,=HYPERLINK(\"http://x\"),1990-02-03,F,,,,ESF,2012-01-01,\n"
                + "DWP-F2,+SUM(A1:A9),1990-02-03,F,,,,ESF,2012-01-01,\n"
                + "DWP-F3,@cmd,1990-02-03,F,,,,ESF,2012-01-01,\n"
                + "DWP-F4,-2+3,1990-02-03,F,,,,ESF,2012-01-01,\n"
                + "DWP-F5,Ann Lee,1990-02-03,F,,,\"=1+1\",ESF,2012-01-01,\n"
                + "DWP-F6,Ann-Marie Lee,1990-02-03,F,,,,ESF,2012-01-01,\n");
        assertThat(rejections(response)).extracting(r -> r.get("line") + " " + r.get("field") + ": " + r.get("reason"))
                .containsExactly(
                        "2 full_name: starts with '=': possible spreadsheet formula injection",
                        "3 full_name: starts with '+': possible spreadsheet formula injection",
                        "4 full_name: starts with '@': possible spreadsheet formula injection",
                        "5 full_name: starts with '-': possible spreadsheet formula injection",
                        "6 address: starts with '=': possible spreadsheet formula injection");
        assertThat(response.getBody()).containsEntry("accepted", 1);
    }

    @Test
    void invalidUtf8RefusesTheWholeFileNamingTheLine() {
        byte[] good = (DWP_HEADER + "DWP-U1,Ann Lee,1990-02-03,F,,,,ESF,2012-01-01,\n").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "DWP-U2,Zoë Lee,1990-02-03,F,,,,ESF,2012-01-01,\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[good.length + latin1.length];
        System.arraycopy(good, 0, body, 0, good.length);
        System.arraycopy(latin1, 0, body, good.length, latin1.length);
        ResponseEntity<Map> refused = importAs("data-team", "dwp", body);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).containsEntry("line", 3);
        assertThat((String) refused.getBody().get("message")).startsWith("line 3 is not valid UTF-8");
        assertThat(jdbc.queryForObject("select count(*) from sf_data_dwp where record_id like 'DWP-U%'", Integer.class)).isZero();
    }

    @Test
    void anOverlongLineOrAnUnclosedQuoteRefusesTheFileAndStoresNothing() {
        String longLine = "DWP-L1,Ann Lee,1990-02-03,F,,,\"" + "x".repeat(12_000) + "\",ESF,2012-01-01,\n";
        ResponseEntity<Map> refused = importAs("data-team", "dwp", DWP_HEADER
                + "DWP-L0,Ann Lee,1990-02-03,F,,,,ESF,2012-01-01,\n" + longLine);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("message")).isEqualTo("line 3 is longer than 10000 characters");

        StringBuilder unclosed = new StringBuilder(DWP_HEADER).append("DWP-Q1,\"Ann Lee,1990-02-03,F,,,,ESF,2012-01-01,\n");
        for (int i = 0; i < 500; i++) {
            unclosed.append("DWP-Q").append(i + 2).append(",Ann Lee,1990-02-03,F,,,,ESF,2012-01-01,\n");
        }
        ResponseEntity<Map> quote = importAs("data-team", "dwp", unclosed.toString());
        assertThat(quote.getStatusCode().value()).isEqualTo(400);
        assertThat((String) quote.getBody().get("message")).startsWith("line 2 is longer than 10000 characters")
                .contains("closing quote");
        assertThat(jdbc.queryForObject("select count(*) from sf_data_dwp where record_id like 'DWP-L%' or record_id like 'DWP-Q%'",
                Integer.class)).isZero();
    }

    @Test
    void aFileOverOneMebibyteIsStreamedWhileOtherEndpointsKeepTheLimit() {
        StringBuilder csv = new StringBuilder(DWP_HEADER);
        int rows = 0;
        while (csv.length() < 1_300_000) {
            csv.append("BIG-").append(rows++).append(",Ann Lee,1990-02-03,F,,MK6 3LP,\"1 Long Road, Fishermead, Milton Keynes\",ESF,2012-01-01,\n");
        }
        ResponseEntity<Map> response = importAs("data-team", "dwp", csv.toString());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsEntry("accepted", rows).containsEntry("rejected", 0);

        HttpHeaders json = auth("data-team");
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> other = rest.exchange("/api/imports", HttpMethod.POST,
                new HttpEntity<>("{\"x\":\"" + "y".repeat(1_100_000) + "\"}", json), String.class);
        assertThat(other.getStatusCode().value()).isEqualTo(413);
    }
}
