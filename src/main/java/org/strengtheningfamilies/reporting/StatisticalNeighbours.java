package org.strengtheningfamilies.reporting;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The statistical neighbours' published figures (Appendix 3), from an editable CSV with the header
 * {@code authority,targetFamilies,figuresAsOf,identified,workedWith} and {@code #} comment lines. Read
 * on every request, so an edited file counts at once.
 */
public class StatisticalNeighbours {

    /** One authority's figures published as at a date. */
    public record Figures(String authority, int targetFamilies, LocalDate figuresAsOf, int identified, int workedWith) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();

    private final ResourceLoader loader;
    private final String location;

    public StatisticalNeighbours(ResourceLoader loader, String location) {
        this.loader = loader;
        this.location = location;
    }

    /** Each authority with its latest figures on or before {@code asOf}, or empty where it has none yet, in file order. */
    public Map<String, Optional<Figures>> asOf(LocalDate asOf) {
        Map<String, Optional<Figures>> latest = new LinkedHashMap<>();
        for (Figures f : read()) {
            Optional<Figures> known = latest.getOrDefault(f.authority(), Optional.empty());
            if (!f.figuresAsOf().isAfter(asOf)
                    && (known.isEmpty() || f.figuresAsOf().isAfter(known.get().figuresAsOf()))) {
                latest.put(f.authority(), Optional.of(f));
            } else {
                latest.putIfAbsent(f.authority(), known);
            }
        }
        return latest;
    }

    public List<Figures> read() {
        Resource resource = loader.getResource(location);
        List<Figures> figures = new ArrayList<>();
        try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : FORMAT.parse(in)) {
                figures.add(parse(row));
            }
        } catch (IOException e) {
            throw new IllegalStateException("statistical neighbours file " + location + " cannot be read: " + e.getMessage(), e);
        }
        return figures;
    }

    private Figures parse(CSVRecord row) {
        String where = location + " line " + row.getParser().getCurrentLineNumber();
        try {
            String authority = row.get("authority");
            if (authority.isBlank()) {
                throw new IllegalStateException(where + ": authority is empty");
            }
            int target = number(row.get("targetFamilies"));
            if (target <= 0) {
                throw new IllegalStateException(where + ": targetFamilies must be above 0");
            }
            return new Figures(authority, target, LocalDate.parse(row.get("figuresAsOf")),
                    number(row.get("identified")), number(row.get("workedWith")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    /** Figures as published, with thousands separators ("1,211"). */
    private static int number(String text) {
        return Integer.parseInt(text.replace(",", "").trim());
    }
}
