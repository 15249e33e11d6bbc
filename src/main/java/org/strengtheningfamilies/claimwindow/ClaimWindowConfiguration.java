package org.strengtheningfamilies.claimwindow;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengtheningfamilies.config.ProgrammeProperties;

@Configuration
class ClaimWindowConfiguration {

    @Bean
    public ClaimReturns claimReturns(ClaimReturnRepository repository, ProgrammeProperties properties, Clock clock) {
        return new ClaimReturns(repository, properties.programme().authority(), properties.programme().startDate(),
                clock.getZone());
    }
}
