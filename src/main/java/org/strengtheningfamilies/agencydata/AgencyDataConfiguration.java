package org.strengtheningfamilies.agencydata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Agency data imports: settings under sf.imports. */
@Configuration
@EnableConfigurationProperties(ImportProperties.class)
public class AgencyDataConfiguration {
}
