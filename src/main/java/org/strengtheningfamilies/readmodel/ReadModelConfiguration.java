package org.strengtheningfamilies.readmodel;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengtheningfamilies.payment.ProgrammeCalendar;

/** The read model's service, dated in the business clock's zone. */
@Configuration
public class ReadModelConfiguration {

    @Bean
    public CaseReadModel caseReadModel(ReadModelStore store, ProgrammeCalendar calendar, Clock clock) {
        return new CaseReadModel(store, calendar, clock);
    }
}
