package org.strengtheningfamilies.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.strengtheningfamilies.reporting.StatisticalNeighbours.Figures;

class StatisticalNeighboursTest {

    @TempDir Path dir;

    @Test
    void theShippedFileIsAppendix3() {
        StatisticalNeighbours shipped = new StatisticalNeighbours(new DefaultResourceLoader(),
                "classpath:reference/statistical-neighbours.csv");
        assertThat(shipped.read()).hasSize(11).contains(
                new Figures("Hertfordshire", 1350, LocalDate.of(2012, 12, 31), 1211, 194),
                new Figures("Kent", 2560, LocalDate.of(2012, 12, 31), 1082, 506));
    }

    @Test
    void eachAuthorityHasItsLatestFiguresOnOrBeforeTheDate() throws Exception {
        Path file = dir.resolve("neighbours.csv");
        Files.writeString(file, """
                # edited by the council
                authority,targetFamilies,figuresAsOf,identified,workedWith
                Bedford,245,2012-12-31,84,26
                Bedford,245,2013-03-31,"1,100",60
                Swindon,370,2013-03-31,250,30
                """);
        StatisticalNeighbours neighbours = new StatisticalNeighbours(new DefaultResourceLoader(), file.toUri().toString());
        Map<String, Optional<Figures>> december = neighbours.asOf(LocalDate.of(2013, 1, 15));
        assertThat(december.get("Bedford")).map(Figures::identified).contains(84);
        assertThat(december.get("Swindon")).isEmpty();
        Map<String, Optional<Figures>> april = neighbours.asOf(LocalDate.of(2013, 4, 1));
        assertThat(april.get("Bedford")).map(Figures::identified).contains(1100);
        assertThat(april.get("Swindon")).map(Figures::workedWith).contains(30);
        assertThat(april.keySet()).containsExactly("Bedford", "Swindon");
    }

    @Test
    void aBadLineIsNamed() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "authority,targetFamilies,figuresAsOf,identified,workedWith\nLeeds,0,2012-12-31,1,1\n");
        assertThatThrownBy(() -> new StatisticalNeighbours(new DefaultResourceLoader(), file.toUri().toString()).read())
                .hasMessageContaining("line").hasMessageContaining("targetFamilies");
        assertThatThrownBy(() -> new StatisticalNeighbours(new DefaultResourceLoader(), "file:/nonexistent/x.csv").read())
                .hasMessageContaining("cannot be read");
    }
}
