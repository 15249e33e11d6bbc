package org.strengtheningfamilies.reporting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.strengtheningfamilies.config.ProgrammeProperties;
import org.strengtheningfamilies.payment.ProgrammeCalendar;

@Configuration
@EnableConfigurationProperties({ReportingProperties.Targets.class, ReportingProperties.Reporting.class})
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
    public ProgrammeReports programmeReports(ReportQueries queries, ProgrammeCalendar calendar,
                                             ProgrammeProperties programme, ReportingProperties.Targets targets,
                                             StatisticalNeighbours neighbours, DisclosureControl disclosureControl,
                                             java.time.Clock clock) {
        return new ProgrammeReports(queries, calendar, programme.programme().authority(), targets.targetFamilies(),
                targets.deadweight(), neighbours, disclosureControl, clock);
    }
}
