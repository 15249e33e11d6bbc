package org.strengtheningfamilies.claimwindow;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengtheningfamilies.config.ProgrammeProperties;
import org.strengtheningfamilies.programme.ProgrammePhases;

@Configuration
class ClaimWindowConfiguration {

    /** The first window starts on the first day of the phase the council runs (sf.programme.phase). */
    @Bean
    public ClaimReturns claimReturns(ClaimReturnRepository repository, ProgrammeProperties properties,
                                     ProgrammePhases phases, Clock clock) {
        return new ClaimReturns(repository, properties.programme().authority(),
                phases.settings(phases.configured()).startDate(), clock.getZone());
    }
}
