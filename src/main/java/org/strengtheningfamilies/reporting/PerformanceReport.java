package org.strengtheningfamilies.reporting;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Appendix 3: the council's families identified and worked with as shares of its three-year target,
 * ranked among its statistical neighbours (whose published figures follow, in file order; one with
 * nothing published by the date is listed without figures).
 */
public record PerformanceReport(String asOf, @JsonUnwrapped Authority council, int authorities,
                                List<Authority> neighbours, Disclosure disclosureControl) implements TabularReport {

    /** One authority's figures and ranks (rank 1 = highest share; equal shares share a rank). */
    public record Authority(String authority, Integer targetFamilies, String figuresAsOf, Figure identified,
                            Figure identifiedPercent, Figure workedWith, Figure workedWithPercent,
                            Figure rankByIdentifiedPercent, Figure rankByWorkedWithPercent) {

        static Authority unpublished(String authority) {
            return new Authority(authority, null, null, null, null, null, null, null, null);
        }
    }

    @Override
    public List<? extends Record> csvRows() {
        List<Authority> rows = new ArrayList<>();
        rows.add(council);
        rows.addAll(neighbours);
        return rows;
    }
}
