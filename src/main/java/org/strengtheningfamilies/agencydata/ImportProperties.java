package org.strengtheningfamilies.agencydata;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Agency data imports ({@code sf.imports.*}, README "Agency data imports").
 *
 * @param inbox               folder with one sub-folder per dataset ({@code inbox/schools/*.csv}); empty: no inbox
 * @param pollInterval        how often the inbox is looked at
 * @param settleTime          a file must be unchanged this long before it is taken (it may still be copying)
 * @param batchSize           rows written per chunk: one COPY and upsert (PostgreSQL), one JDBC batch (H2)
 * @param progressEvery       rows between updates of the import's status row
 * @param logEvery            rows between progress lines in the log
 * @param maxLineLength       characters a record may have
 * @param maxListedRejections rejections listed in a response; all are kept in sf_import_rejection
 */
@Validated
@ConfigurationProperties(prefix = "sf.imports")
public record ImportProperties(
        @DefaultValue("./data/inbox") Path inbox,
        @DefaultValue("PT10S") @NotNull Duration pollInterval,
        @DefaultValue("PT2S") @NotNull Duration settleTime,
        @DefaultValue("5000") @Min(1) @Max(50000) int batchSize,
        @DefaultValue("10000") @Min(1) long progressEvery,
        @DefaultValue("100000") @Min(1) long logEvery,
        @DefaultValue("10000") @Min(100) int maxLineLength,
        @DefaultValue("1000") @Min(0) int maxListedRejections) {

    public boolean inboxEnabled() {
        return inbox != null && !inbox.toString().isBlank();
    }
}
