package org.strengtheningfamilies.agencydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.strengtheningfamilies.testing.ApplicationTest;

/** The inbox folder: dropped files are imported once, then moved to done/ or rejected/ with a result file. */
@ApplicationTest
class ImportInboxTest {

    @Autowired AgencyDataImporter importer;
    @Autowired ObjectMapper objectMapper;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path inbox;

    ImportInbox inbox(Duration settle) {
        ImportProperties properties = new ImportProperties(inbox, Duration.ofMillis(100), settle, 1000, 10000, 100000,
                10000, 1000);
        return new ImportInbox(importer, properties, Clock.systemUTC(), objectMapper);
    }

    static List<String> names(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void settledFilesAreImportedOnceAndMovedWithTheirResult() throws Exception {
        ImportInbox poller = inbox(Duration.ofSeconds(5));
        poller.start(); // creates the dataset folders
        poller.stop();
        Path dwp = inbox.resolve("dwp");
        Path schools = inbox.resolve("schools");
        Path old = dwp.resolve("dwp-2013-01.csv");
        Files.writeString(old, AgencyDataImportTest.example("dwp"));
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Path copying = dwp.resolve("still-copying.csv");
        Files.writeString(copying, AgencyDataImportTest.DWP_HEADER);
        Path wrong = schools.resolve("pupils.csv");
        Files.writeString(wrong, "pupil;name\n1;Ann\n");
        Files.setLastModifiedTime(wrong, FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        assertThat(poller.poll()).isEqualTo(2);
        assertThat(names(dwp)).containsExactly("done", "processing", "still-copying.csv");
        List<String> done = names(dwp.resolve("done"));
        assertThat(done).hasSize(2).allMatch(n -> n.matches("\\d+-dwp-2013-01\\.csv(\\.result\\.json)?"));
        Map<String, Object> result = objectMapper.readValue(dwp.resolve("done").resolve(done.get(1)).toFile(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(result).containsEntry("dataset", "dwp").containsEntry("accepted", 7).containsEntry("rejected", 0)
                .containsEntry("fileName", "dwp-2013-01.csv");
        assertThat(jdbc.queryForObject("select channel || ' ' || imported_by from sf_import where id = ?", String.class,
                ((Number) result.get("importId")).longValue())).isEqualTo("INBOX inbox");

        List<String> rejected = names(schools.resolve("rejected"));
        assertThat(rejected).hasSize(2);
        Map<String, Object> refused = objectMapper.readValue(schools.resolve("rejected").resolve(rejected.get(1)).toFile(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(refused).containsEntry("status", "FAILED");
        assertThat((String) refused.get("message")).contains("semicolons");

        assertThat(poller.poll()).isZero(); // nothing twice, the copying file not yet
        assertThat(names(dwp.resolve("processing"))).isEmpty();
    }

    @Test
    void theRunningInboxPicksUpAFileByItself() throws Exception {
        ImportInbox poller = inbox(Duration.ZERO);
        poller.start();
        try {
            Path file = inbox.resolve("social-care").resolve("csc.csv");
            Files.writeString(inbox.resolve("social-care").resolve("csc.tmp"), AgencyDataImportTest.example("social-care"));
            Files.move(inbox.resolve("social-care").resolve("csc.tmp"), file);
            long deadline = System.currentTimeMillis() + 20_000;
            while (names(inbox.resolve("social-care").resolve("done")).size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(names(inbox.resolve("social-care").resolve("done"))).hasSize(2);
            assertThat(Files.exists(file)).isFalse();
        } finally {
            poller.stop();
        }
    }
}
