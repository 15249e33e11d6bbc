package org.strengtheningfamilies.agencydata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * The header row of a dataset's file: the file is refused, before any row is read, unless it names
 * exactly the dataset's columns (optional ones may be left out, in any order). A file saved with the
 * wrong delimiter is named as such, since that is what staff most often get wrong.
 */
final class HeaderCheck {

    private static final Map<String, String> OTHER_DELIMITERS = Map.of(";", "semicolons", "\t", "tabs", "|", "vertical bars");

    private HeaderCheck() {
    }

    /** The header's column names as the file has them (trimmed, lower case), and each field's position among them. */
    record Columns(List<String> names, int[] positions) {
    }

    /** @throws ImportFileException naming every missing, unknown or repeated header */
    static Columns check(AgencyDataset dataset, CSVRecord header) {
        List<String> names = new ArrayList<>();
        for (String name : header) {
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        long line = 1;
        if (names.size() == 1) {
            String only = names.get(0);
            for (Map.Entry<String, String> delimiter : OTHER_DELIMITERS.entrySet()) {
                if (only.contains(delimiter.getKey())) {
                    throw new ImportFileException(line, null, "the header is separated by " + delimiter.getValue()
                            + ", not commas: save the file as CSV (comma delimited)");
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String name : names) {
            if (!seen.add(name)) {
                duplicates.add(name);
            }
        }
        List<String> expected = dataset.headers();
        List<String> unknown = names.stream().filter(n -> !expected.contains(n)).toList();
        List<String> missing = dataset.fields().stream().filter(f -> !f.headerOptional())
                .map(Field::header).filter(h -> !seen.contains(h)).toList();
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing header" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            problems.add("unknown header" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown.stream().map(Values::clip).toList()));
        }
        if (!duplicates.isEmpty()) {
            problems.add("header" + (duplicates.size() > 1 ? "s " : " ") + String.join(", ", duplicates) + " twice");
        }
        if (!problems.isEmpty()) {
            String field = !missing.isEmpty() ? missing.get(0) : !unknown.isEmpty() ? Values.clip(unknown.get(0)) : duplicates.get(0);
            throw new ImportFileException(line, field, String.join("; ", problems) + " (the " + dataset.name()
                    + " file has the headers " + String.join(",", expected) + ")");
        }
        int[] positions = new int[dataset.fields().size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = names.indexOf(dataset.fields().get(i).header());
        }
        return new Columns(List.copyOf(names), positions);
    }
}
