package org.strengtheningfamilies.casefile;

import java.time.Clock;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.datamatching.HouseholdTimeline;

/** A family's case file read back: its chronology and evidence packs. */
@Configuration
class CaseFileConfiguration {

    @Bean
    CaseHistory caseHistory(@Lazy HistoryService history, @Lazy IdentityService identity) {
        return new CaseHistory(history, identity);
    }

    @Bean
    CaseRecords caseRecords(NamedParameterJdbcTemplate jdbc) {
        return new CaseRecords(jdbc);
    }

    @Bean
    CaseFileAccess caseFileAccess(@Lazy IdentityService identity, CaseloadRepository caseload) {
        return new CaseFileAccess(identity, caseload);
    }

    @Bean
    EvidencePack evidencePack(CaseHistory history, CaseRecords records) {
        return new EvidencePack(history, records);
    }

    @Bean
    EvidencePackPdf evidencePackPdf(Clock clock) {
        return new EvidencePackPdf(clock.getZone());
    }

    @Bean
    Chronology chronology(CaseHistory history, CaseRecords records, HouseholdTimeline agencyData, Clock clock) {
        return new Chronology(history, records, agencyData, clock);
    }
}
