package org.strengtheningfamilies.datamatching;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code sf.matching.*}: how agency data is matched into households and when the identification
 * run happens. Defaults are Milton Keynes' choices (README, "Finding families from agency data").
 *
 * @param certainThreshold   Jaro-Winkler score from which a similar name (same birthday and postcode) is the same person
 * @param possibleThreshold  score from which the data team is asked instead of creating a new person
 * @param termBoundaries     Camunda timer cycle (cron) of the run: the start of each school term
 * @param resolveWait        how long a run waits for the data team's possible-match decisions (ISO-8601 duration)
 * @param frequentPoliceCallouts police call-outs to the household in 12 months that count as "frequent"
 * @param familyRefPrefix    prefix of the family reference of a household found by the run (MK-000042)
 * @param district           the district given to those referrals (the data has none)
 * @param matchBatchSize     records matched per transaction
 * @param householdBatchSize households evaluated per transaction
 */
@Validated
@ConfigurationProperties(prefix = "sf.matching")
public record MatchingProperties(
        @DefaultValue("0.96") @DecimalMin("0.0") @DecimalMax("1.0") double certainThreshold,
        @DefaultValue("0.80") @DecimalMin("0.0") @DecimalMax("1.0") double possibleThreshold,
        @DefaultValue("0 0 6 1 1,4,9 ?") @NotBlank String termBoundaries,
        @DefaultValue("P14D") @NotBlank String resolveWait,
        @DefaultValue("3") @Min(1) int frequentPoliceCallouts,
        @DefaultValue("MK") @Pattern(regexp = "[A-Z]{2,5}") String familyRefPrefix,
        @DefaultValue("Milton Keynes") @NotBlank String district,
        @DefaultValue("1000") @Min(1) int matchBatchSize,
        @DefaultValue("100") @Min(1) int householdBatchSize) {

    /** The family reference of a household: prefix and the household id, six digits at least. */
    public String familyRef(long householdId) {
        return familyRefPrefix + "-" + String.format("%06d", householdId);
    }
}
