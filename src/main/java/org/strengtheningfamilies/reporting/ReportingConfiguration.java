package org.strengtheningfamilies.reporting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.strengtheningfamilies.config.ProgrammeProperties;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.programme.ProgrammePhases;

@Configuration
@EnableConfigurationProperties({ReportingProperties.Targets.class, ReportingProperties.Reporting.class,
        ReportingProperties.Phases.class})
public class ReportingConfiguration {

    @Bean
    public StatisticalNeighbours statisticalNeighbours(ResourceLoader loader, ReportingProperties.Reporting reporting) {
        return new StatisticalNeighbours(loader, reporting.statisticalNeighbours());
    }

    @Bean
    public DisclosureControl disclosureControl(ReportingProperties.Reporting reporting) {
        return new DisclosureControl(reporting.minimumCell());
    }

    @Bean
    public ProgrammeReports programmeReports(ReportQueries queries, ProgrammeCalendar calendar, ProgrammePhases phases,
                                             ProgrammeProperties programme, ReportingProperties.Targets targets,
                                             ReportingProperties.Phases phaseTargets, StatisticalNeighbours neighbours,
                                             DisclosureControl disclosureControl, java.time.Clock clock) {
        return new ProgrammeReports(queries, calendar, phases, programme.programme().authority(), targets.targetFamilies(),
                phaseTargets.targetFamilies(), targets.deadweight(), neighbours, disclosureControl, clock);
    }

    @Bean
    public OutcomesReports outcomesReports(ReportQueries queries, ProgrammeReports reports) {
        return new OutcomesReports(queries, reports.views());
    }
}
