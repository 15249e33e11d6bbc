package org.strengtheningfamilies.config;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything a council tunes without touching Java: the programme calendar, the key worker cap,
 * the support period, thresholds and the money model. Defaults are Milton Keynes' figures.
 */
@Validated
@ConfigurationProperties(prefix = "sf")
public record ProgrammeProperties(
        @Valid @DefaultValue Programme programme,
        @Valid @DefaultValue Referral referral,
        @Valid @DefaultValue Identification identification,
        @Valid @DefaultValue Allocation allocation,
        @Valid @DefaultValue Support support,
        @Valid @DefaultValue Outcomes outcomes,
        @Valid @DefaultValue Payment payment) {

    public record Programme(
            @DefaultValue("Milton Keynes") @NotBlank String authority,
            @DefaultValue("2012-04-01") @NotNull LocalDate startDate,
            @DefaultValue("3") @Min(1) int years) {
    }

    public record Referral(
            @DefaultValue("^[A-Z]{2,5}-[0-9]{3,8}$") @NotBlank String familyRefPattern) {
    }

    public record Identification(
            @DefaultValue({"localDomesticAbuse", "localPoliceCallouts", "localSubstanceMisuse", "localHousing"})
            List<String> localFilters) {
    }

    public record Allocation(@DefaultValue("5") @Min(1) int cap) {
    }

    public record Support(
            @DefaultValue("P6M") @NotNull Period period,
            // an ISO 8601 period or duration: P1M in a council, PT1M when trying the product out
            @DefaultValue("P1M") @NotBlank String reviewInterval) {
    }

    public record Outcomes(@DefaultValue("13") @Min(1) int continuousEmploymentWeeks) {
    }

    public record Payment(
            @DefaultValue("REPORT") @NotBlank String model,
            @DefaultValue("400000") @Min(0) long maximumPerFamilyPence) {
    }
}
