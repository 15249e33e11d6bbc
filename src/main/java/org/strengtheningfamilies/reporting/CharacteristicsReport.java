package org.strengtheningfamilies.reporting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Appendix 2: the identified young people by characteristic, as counts and percentages, and the top presenting issues. */
public record CharacteristicsReport(String asOf, String phase, Figure youngPeople, List<Section> sections,
                                    Disclosure disclosureControl) implements TabularReport {

    public record Section(String name, List<Row> rows) {
    }

    /** One line of a section (JSON nests it in its section; CSV names the section on each line). */
    public record Row(@JsonIgnore String section, String label, Figure count, Figure percent) {
    }

    @Override
    public List<? extends Record> csvRows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }
}
