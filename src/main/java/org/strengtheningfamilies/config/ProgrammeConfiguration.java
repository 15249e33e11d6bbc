package org.strengtheningfamilies.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.allocation.KeyWorkerAllocation;
import org.strengtheningfamilies.allocation.KeyWorkerDirectory;
import org.strengtheningfamilies.identification.EligibilityInputs;
import org.strengtheningfamilies.identification.IdentificationCriteria;
import org.strengtheningfamilies.kernel.BusinessClock;
import org.strengtheningfamilies.outcomes.NeedOutcomes;
import org.strengtheningfamilies.outcomes.OutcomeRules;
import org.strengtheningfamilies.payment.ClaimCalculator;
import org.strengtheningfamilies.payment.PaymentModel;
import org.strengtheningfamilies.payment.PhaseClaimCalculator;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.programme.ProgrammePresets;
import org.strengtheningfamilies.referral.ReferralRules;
import org.strengtheningfamilies.support.SupportSchedule;

/** The plain rule services, built from configuration; delegates and listeners receive them. */
@Configuration
@EnableConfigurationProperties(ProgrammeProperties.class)
class ProgrammeConfiguration {

    /** The one business clock: the engine's time (which the demo cohort and tests may set), in the system's zone. */
    @Bean
    public Clock clock() {
        return new BusinessClock(ZoneId.systemDefault());
    }

    /**
     * The phases as this council runs them (sf.programme.phase, sf.phases.*); named for the models'
     * expressions, e.g. {@code ${programmePhases.referralForm}}.
     */
    @Bean
    public ProgrammePhases programmePhases(ProgrammeProperties properties) {
        ProgrammeProperties.Programme programme = properties.programme();
        PhaseSettings tf2012 = ProgrammePresets.tf2012(programme.startDate(), programme.years(),
                properties.identification().localFilters());
        return ProgrammePhases.configure(programme.phase(), tf2012, properties.phases(), programme.sustainPeriod());
    }

    /** The 2012-15 programme's calendar; a later phase's is {@code ProgrammeCalendar.of(its settings)}. */
    @Bean
    public ProgrammeCalendar programmeCalendar(ProgrammeProperties properties) {
        return new ProgrammeCalendar(properties.programme().startDate(), properties.programme().years());
    }

    @Bean
    public ReferralRules referralRules(ProgrammeProperties properties, ProgrammeCalendar calendar, Clock clock) {
        return new ReferralRules(properties.referral().familyRefPattern(), calendar, clock);
    }

    @Bean
    public IdentificationCriteria identificationCriteria(ProgrammeProperties properties) {
        return new IdentificationCriteria(properties.identification().localFilters());
    }

    /** The later phases' eligibility inputs: needs counted, a dependent child on the business clock's day. */
    @Bean
    public EligibilityInputs eligibilityInputs(Clock clock) {
        return new EligibilityInputs(clock);
    }

    /** The later phases' outcome verification (and the 2015-20 continuous employment route). */
    @Bean
    public NeedOutcomes needOutcomes(ProgrammeProperties properties) {
        return new NeedOutcomes(properties.outcomes().continuousEmploymentWeeks());
    }

    @Bean
    public PhaseClaimCalculator phaseClaimCalculator() {
        return new PhaseClaimCalculator();
    }

    @Bean
    public KeyWorkerAllocation keyWorkerAllocation(CaseloadRepository caseload, KeyWorkerDirectory directory,
                                                   ProgrammeProperties properties) {
        return new KeyWorkerAllocation(caseload, directory, properties.allocation().cap());
    }

    /** Named for the BPMN timers: ${supportSchedule.endsAt(...)} and ${supportSchedule.reviewInterval}. */
    @Bean
    public SupportSchedule supportSchedule(ProgrammeProperties properties, Clock clock) {
        return new SupportSchedule(properties.support().period(), properties.support().reviewInterval(),
                clock.getZone());
    }

    @Bean
    public OutcomeRules outcomeRules(ProgrammeProperties properties) {
        return new OutcomeRules(properties.outcomes().continuousEmploymentWeeks());
    }

    @Bean
    public ClaimCalculator claimCalculator(ProgrammeProperties properties) {
        return new ClaimCalculator(properties.payment().maximumPerFamilyPence(),
                PaymentModel.named(properties.payment().model()));
    }
}
