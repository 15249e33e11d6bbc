package org.strengtheningfamilies.agencydata;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Agency data imports: settings under sf.imports, and how chunks are written on this database. */
@Configuration
@EnableConfigurationProperties(ImportProperties.class)
public class AgencyDataConfiguration {

    /** Chosen once, at start-up: COPY on PostgreSQL, JDBC batches on H2. */
    @Bean
    ChunkWriter.Factory chunkWriters(DataSource dataSource) {
        return ChunkWriter.forDatabase(dataSource);
    }
}
