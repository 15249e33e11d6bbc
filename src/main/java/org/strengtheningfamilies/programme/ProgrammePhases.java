package org.strengtheningfamilies.programme;

import static org.strengtheningfamilies.programme.ProgrammeVariables.PROGRAMME_PHASE;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The programme phases as this council runs them: each phase's preset with the council's overrides,
 * the phase of new referrals ({@code sf.programme.phase}) and the phase of a case, which the case
 * recorded at referral ({@code programmePhase}; a case from before phases existed is 2012–15).
 *
 * <p>Named {@code programmePhases} for the models' expressions: the start form
 * ({@code ${programmePhases.referralForm}}), the phase's tables ({@code ${programmePhases.eligibilityTable(execution)}})
 * and the branches that only some phases take ({@code ${programmePhases.hasSustainCheck(execution)}}).
 */
public class ProgrammePhases {

    private final ProgrammePhase configured;
    private final Map<ProgrammePhase, PhaseSettings> settings;
    private final ThreadLocal<ProgrammePhase> referringUnder = new ThreadLocal<>();

    public ProgrammePhases(ProgrammePhase configured, List<PhaseSettings> settings) {
        this.configured = configured;
        this.settings = new EnumMap<>(ProgrammePhase.class);
        settings.forEach(s -> this.settings.put(s.phase(), s));
        for (ProgrammePhase phase : ProgrammePhase.values()) {
            if (!this.settings.containsKey(phase)) {
                throw new IllegalArgumentException("no settings for programme phase " + phase);
            }
        }
    }

    /**
     * The presets with a council's overrides. 2012–15 is given whole (its settings predate phases and keep
     * their names); the later phases' overrides come from sf.phases.*, and {@code sustainPeriod} (sf.programme.sustain-period)
     * is the period of every phase with a sustain check that does not set its own.
     */
    public static ProgrammePhases configure(ProgrammePhase configured, PhaseSettings tf2012,
                                            Map<ProgrammePhase, PhaseOverrides> overrides, Period sustainPeriod) {
        if (overrides.containsKey(ProgrammePhase.TF_2012)) {
            throw new IllegalArgumentException("sf.phases.tf-2012 is not a setting: the 2012-15 programme keeps its own "
                    + "(sf.programme.start-date, sf.programme.years, sf.identification.local-filters, sf.payment.*)");
        }
        List<PhaseSettings> all = new ArrayList<>(List.of(tf2012));
        for (PhaseSettings preset : List.of(ProgrammePresets.tf2015(), ProgrammePresets.sf2022(), ProgrammePresets.outcomesOnly())) {
            all.add(apply(preset, overrides.getOrDefault(preset.phase(), PhaseOverrides.NONE), sustainPeriod));
        }
        return new ProgrammePhases(configured, all);
    }

    private static PhaseSettings apply(PhaseSettings preset, PhaseOverrides o, Period sustainPeriod) {
        List<Need> needs = new ArrayList<>(preset.needs());
        for (LocalNeed local : o.localNeeds()) {
            if (preset.need(local.code()).isPresent()) {
                throw new IllegalArgumentException("sf.phases." + preset.phase().slug() + ".local-needs: " + local.code()
                        + " is already one of the phase's needs");
            }
            needs.add(local.toNeed());
        }
        boolean sustainCheck = o.sustainCheck() != null ? o.sustainCheck() : preset.hasSustainCheck();
        Period period = !sustainCheck ? null
                : o.sustainPeriod() != null ? o.sustainPeriod()
                : sustainPeriod != null ? sustainPeriod
                : preset.sustainPeriod() != null ? preset.sustainPeriod() : ProgrammePresets.SUSTAIN_PERIOD;
        // 0 pence: the council's way of saying this phase claims nothing per family
        Long claim = o.claimAmountPence() == null ? preset.claimAmountPence()
                : o.claimAmountPence() == 0 ? null : o.claimAmountPence();
        return new PhaseSettings(preset.phase(),
                or(o.startDate(), preset.startDate()), or(o.years(), preset.years()), needs,
                or(o.minimumNeeds(), preset.minimumNeeds()),
                or(o.dependentChildRequired(), preset.dependentChildRequired()),
                period, claim, or(o.attachmentFeePence(), preset.attachmentFeePence()),
                or(o.continuousEmploymentRoute(), preset.continuousEmploymentRoute()),
                or(o.referralForm(), preset.referralForm()), or(o.eligibilityDecision(), preset.eligibilityDecision()),
                or(o.successDecision(), preset.successDecision()));
    }

    private static <T> T or(T override, T preset) {
        return override != null ? override : preset;
    }

    /** The phase new referrals are made under: sf.programme.phase, unless the product refers under another. */
    public ProgrammePhase current() {
        ProgrammePhase under = referringUnder.get();
        return under != null ? under : configured;
    }

    /** sf.programme.phase. */
    public ProgrammePhase configured() {
        return configured;
    }

    public PhaseSettings settings(ProgrammePhase phase) {
        return settings.get(phase);
    }

    public List<PhaseSettings> all() {
        return List.copyOf(settings.values());
    }

    /**
     * Referrals the product makes itself under a phase other than the configured one: the demo cohort,
     * which reproduces the 2012–15 report whatever phase the council runs now. Only code can do this; a
     * form or REST client never chooses a case's phase.
     */
    public <T> T referringUnder(ProgrammePhase phase, Supplier<T> referral) {
        ProgrammePhase before = referringUnder.get();
        referringUnder.set(phase);
        try {
            return referral.get();
        } finally {
            if (before == null) {
                referringUnder.remove();
            } else {
                referringUnder.set(before);
            }
        }
    }

    /** The phase a case was referred under. */
    public ProgrammePhase phaseOf(VariableScope scope) {
        return PROGRAMME_PHASE.find(scope).orElse(ProgrammePhase.TF_2012);
    }

    public ProgrammePhase phaseOf(Map<String, ?> variables) {
        return PROGRAMME_PHASE.find(variables).orElse(ProgrammePhase.TF_2012);
    }

    public PhaseSettings settingsOf(VariableScope scope) {
        return settings(phaseOf(scope));
    }

    public PhaseSettings settingsOf(Map<String, ?> variables) {
        return settings(phaseOf(variables));
    }

    /** The needs a case's forms list: the phase's needs, with their titles and definitions. */
    public List<ProgrammeVariables.NeedOption> needOptions(ProgrammePhase phase) {
        return settings(phase).needs().stream().map(ProgrammeVariables.NeedOption::of).toList();
    }

    // ---- for the models' expressions --------------------------------------------------------

    /** The start event's form: the referral form of the phase of new referrals. */
    public String getReferralForm() {
        return settings(configured).referralForm();
    }

    public boolean judgedByNeeds(VariableScope execution) {
        return phaseOf(execution).judgedByNeeds();
    }

    public boolean hasSustainCheck(VariableScope execution) {
        return settingsOf(execution).hasSustainCheck();
    }

    public boolean paysByResults(VariableScope execution) {
        return settingsOf(execution).paysByResults();
    }

    public String eligibilityTable(VariableScope execution) {
        return settingsOf(execution).eligibilityDecision();
    }

    public String successTable(VariableScope execution) {
        PhaseSettings phase = settingsOf(execution);
        if (phase.successDecision() == null) {
            throw new IllegalStateException(phase.phase() + " decides success in Java (OutcomeRules), not by a table");
        }
        return phase.successDecision();
    }
}
