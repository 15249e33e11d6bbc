package org.strengtheningfamilies.reporting;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reporting settings. {@code sf.programme.target-families}: the families the council agreed to work
 * with in each programme year (Table 1's "actual" targets); {@code sf.programme.deadweight}: the share
 * the department assumes existing services turn around (Appendix 4: 1/6), which gives the indicative
 * families; {@code sf.reporting.statistical-neighbours}: the neighbours' published figures (a Spring
 * resource location: {@code classpath:…} or {@code file:…}).
 */
public final class ReportingProperties {

    private ReportingProperties() {
    }

    @ConfigurationProperties(prefix = "sf.programme")
    public record Targets(
            @DefaultValue({"141", "212", "72"}) List<Integer> targetFamilies,
            @DefaultValue("1/6") String deadweight) {
    }

    /**
     * {@code sf.reporting.minimum-cell}: the smallest figure managers see (README "Roles": smaller
     * ones are suppressed, DisclosureControl).
     */
    @ConfigurationProperties(prefix = "sf.reporting")
    public record Reporting(
            @DefaultValue("classpath:reference/statistical-neighbours.csv") String statisticalNeighbours,
            @DefaultValue("5") int minimumCell) {
    }
}
