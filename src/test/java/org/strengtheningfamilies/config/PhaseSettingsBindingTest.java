package org.strengtheningfamilies.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;

/** The settings scheme of docs/programmes.md as Spring binds it: sf.programme.phase and sf.phases.<phase>.*. */
class PhaseSettingsBindingTest {

    static ProgrammePhases bind(Map<String, String> properties) {
        Binder binder = new Binder(new MapConfigurationPropertySource(properties));
        ProgrammeProperties bound = binder.bindOrCreate("sf", ProgrammeProperties.class);
        return new ProgrammeConfiguration().programmePhases(bound);
    }

    @Test
    void theDefaultIsThe2012ProgrammeAsMiltonKeynesRanIt() {
        ProgrammePhases phases = bind(Map.of());
        assertThat(phases.configured()).isEqualTo(ProgrammePhase.TF_2012);
        assertThat(phases.settings(ProgrammePhase.TF_2012).startDate()).isEqualTo(LocalDate.of(2012, 4, 1));
        assertThat(phases.getReferralForm()).isEqualTo("referral");
    }

    @Test
    void aCouncilPicksAPhaseAndOverridesItsPreset() {
        ProgrammePhases phases = bind(Map.of(
                "sf.programme.phase", "SF_2022",
                "sf.programme.sustain-period", "P12M",
                "sf.phases.sf-2022.start-date", "2022-10-01",
                "sf.phases.sf-2022.claim-amount-pence", "90000",
                "sf.phases.sf-2022.local-needs[0].code", "GANGS",
                "sf.phases.sf-2022.local-needs[0].title", "Gang involvement",
                "sf.phases.OUTCOMES_ONLY.years", "5",
                "sf.programme.start-date", "2012-07-01"));
        assertThat(phases.configured()).isEqualTo(ProgrammePhase.SF_2022);
        PhaseSettings sf = phases.settings(ProgrammePhase.SF_2022);
        assertThat(sf.startDate()).isEqualTo(LocalDate.of(2022, 10, 1));
        assertThat(sf.claimAmountPence()).isEqualTo(90_000L);
        assertThat(sf.sustainPeriod()).isEqualTo(Period.ofMonths(12));
        assertThat(sf.need("GANGS")).isPresent();
        assertThat(phases.settings(ProgrammePhase.OUTCOMES_ONLY).years()).isEqualTo(5);
        assertThat(phases.settings(ProgrammePhase.TF_2012).startDate()).as("2012-15 keeps sf.programme.start-date")
                .isEqualTo(LocalDate.of(2012, 7, 1));
    }

    @Test
    void thePhaseMayBeWrittenAsInFileNames() {
        assertThat(bind(Map.of("sf.programme.phase", "outcomes-only")).configured()).isEqualTo(ProgrammePhase.OUTCOMES_ONLY);
    }
}
