package org.strengtheningfamilies.readmodel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengtheningfamilies.payment.ProgrammeCalendar;

/** The read model's listener of what happens to families. */
@Configuration
class ReadModelConfiguration {

    @Bean
    public CaseReadModel caseReadModel(ReadModelStore store, ProgrammeCalendar calendar) {
        return new CaseReadModel(store, calendar);
    }
}
