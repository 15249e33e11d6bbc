package org.strengtheningfamilies.readmodel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengtheningfamilies.programme.ProgrammePhases;

/** The read model's listener of what happens to families. */
@Configuration
class ReadModelConfiguration {

    @Bean
    public CaseReadModel caseReadModel(ReadModelStore store, ProgrammePhases phases) {
        return new CaseReadModel(store, phases);
    }
}
