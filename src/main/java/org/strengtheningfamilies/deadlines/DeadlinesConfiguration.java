package org.strengtheningfamilies.deadlines;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code deadlines} bean the models' due and follow-up dates call. */
@Configuration
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlinesConfiguration {

    @Bean
    public Deadlines deadlines(DeadlineProperties properties, Clock clock) {
        return new Deadlines(properties.deadlines(), clock);
    }
}
