package org.strengtheningfamilies.agencydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic and writes files the importer's headers accept. */
class AgencyDataGeneratorTest {

    @Test
    void sameSeedSameFileAndExactlyTheRowsAskedFor() throws Exception {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        new AgencyDataGenerator(7).writeSchools(first, 2_000);
        new AgencyDataGenerator(7).writeSchools(second, 2_000);
        assertThat(first.toString()).isEqualTo(second.toString());
        assertThat(first.toString().lines().count()).isEqualTo(2_001);
        StringWriter other = new StringWriter();
        new AgencyDataGenerator(8).writeSchools(other, 2_000);
        assertThat(other.toString()).isNotEqualTo(first.toString());
    }

    @Test
    void everyDatasetFileHasItsDatasetsHeaders(@TempDir Path folder) throws Exception {
        new AgencyDataGenerator(1).writeAll(folder, 200);
        for (AgencyDataset dataset : AgencyDataset.all()) {
            List<String> lines = Files.readAllLines(folder.resolve(dataset.name() + ".csv"));
            assertThat(List.of(lines.get(0).split(","))).as(dataset.name()).containsExactlyInAnyOrderElementsOf(dataset.headers());
            assertThat(lines.size()).as(dataset.name()).isGreaterThan(5);
        }
    }
}
