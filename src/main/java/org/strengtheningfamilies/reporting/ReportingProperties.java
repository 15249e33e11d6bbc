package org.strengtheningfamilies.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.strengtheningfamilies.programme.ProgrammePhase;

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
     * A later phase's reporting settings ({@code sf.phases.<phase>.target-families}: the families the council
     * committed to in each of the phase's years, for the targets report and the funding forecast). The phase's
     * other settings under {@code sf.phases} are the programme's (config.ProgrammeProperties).
     */
    @ConfigurationProperties(prefix = "sf")
    public record Phases(Map<ProgrammePhase, PhaseTargets> phases) {
        public Phases {
            phases = phases == null ? Map.of() : Map.copyOf(phases);
        }

        /** Each phase's families committed per year, where the council set them. */
        public Map<ProgrammePhase, List<Integer>> targetFamilies() {
            Map<ProgrammePhase, List<Integer>> targets = new java.util.EnumMap<>(ProgrammePhase.class);
            phases.forEach((phase, t) -> {
                if (t.targetFamilies() != null && !t.targetFamilies().isEmpty()) {
                    targets.put(phase, t.targetFamilies());
                }
            });
            return targets;
        }
    }

    public record PhaseTargets(List<Integer> targetFamilies) {
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
