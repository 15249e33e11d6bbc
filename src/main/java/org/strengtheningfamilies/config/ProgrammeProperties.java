package org.strengtheningfamilies.config;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.strengtheningfamilies.programme.PhaseOverrides;
import org.strengtheningfamilies.programme.ProgrammePhase;

/**
 * Everything a council tunes without touching Java: the programme phase and its calendar, the key worker
 * cap, the support period, thresholds and the money model. Defaults are Milton Keynes' 2012-15 figures;
 * the later phases' presets are changed under {@code sf.phases.<phase>.*} (docs/programmes.md).
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
        @Valid @DefaultValue Payment payment,
        Map<ProgrammePhase, PhaseOverrides> phases) {

    public ProgrammeProperties {
        phases = phases == null ? Map.of() : Map.copyOf(phases);
    }

    /**
     * @param phase         the programme phase of new referrals (cases keep the phase they were referred under)
     * @param startDate     the 2012-15 programme's first day; the later phases' are sf.phases.<phase>.start-date
     * @param years         the 2012-15 programme's years
     * @param sustainPeriod how long outcomes must hold after support ends, in every phase with a sustain
     *                      check that does not set its own (unset: the presets' six months)
     */
    public record Programme(
            @DefaultValue("Milton Keynes") @NotBlank String authority,
            @DefaultValue("TF_2012") @NotNull ProgrammePhase phase,
            @DefaultValue("2012-04-01") @NotNull LocalDate startDate,
            @DefaultValue("3") @Min(1) int years,
            Period sustainPeriod) {
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
