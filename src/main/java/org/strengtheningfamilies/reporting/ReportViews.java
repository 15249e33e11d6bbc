package org.strengtheningfamilies.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.reporting.ProgrammeReports.Audience;

/**
 * What every report over the read model starts from: the date its figures are as at for its audience
 * (disclosure control's release date for managers; over the chosen phase's families when the report is
 * of one phase) and which phases it covers.
 */
final class ReportViews {

    /** The date the figures are as at, and what the report says of its disclosure control. */
    record View(LocalDate figuresAsOf, Disclosure disclosure, boolean controlled) {

        /** Which cells of a table disclosure control suppresses (none for the exact audience). */
        boolean[] suppressed(DisclosureControl.Table table) {
            return controlled ? table.protect() : new boolean[table.size()];
        }

        /** The figures of a table whose cells are exactly {@code values}, in order. */
        Figure[] figures(DisclosureControl.Table table, long[] values) {
            boolean[] suppressed = suppressed(table);
            Figure[] figures = new Figure[values.length];
            for (int i = 0; i < values.length; i++) {
                figures[i] = Figure.of(values[i], suppressed[i]);
            }
            return figures;
        }
    }

    private final ReportQueries queries;
    private final DisclosureControl control;
    private final ProgrammePhases phases;
    private final Clock clock;

    ReportViews(ReportQueries queries, DisclosureControl control, ProgrammePhases phases, Clock clock) {
        this.queries = queries;
        this.control = control;
        this.phases = phases;
        this.clock = clock;
    }

    DisclosureControl control() {
        return control;
    }

    View view(LocalDate asOf, Audience audience, Optional<ProgrammePhase> phase) {
        if (audience == Audience.EXACT) {
            return new View(asOf, Disclosure.exact(asOf), false);
        }
        // a month not over yet is never released: asking for a later day must not show this month so far
        LocalDate today = LocalDate.now(clock);
        LocalDate upTo = asOf.isAfter(today) ? today : asOf;
        LocalDate start = phase.map(p -> phases.settings(p).startDate()).orElseGet(this::earliestStart);
        LocalDate release = control.releaseDate(upTo, start,
                DisclosureControl.byMonth(queries.identifiedPerMonth(upTo, phase)));
        return new View(release, new Disclosure(true, control.minimumCell(), release.toString(), control.rule()), true);
    }

    /** The first day of the earliest phase: no report is as at a day before it. */
    LocalDate earliestStart() {
        return phases.all().stream().map(PhaseSettings::startDate).min(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * The phases a report covers: the one asked for, or every phase the council runs or has run (the phase
     * of new referrals and every phase with a case), in the order of the programme's history.
     */
    List<ProgrammePhase> covered(Optional<ProgrammePhase> phase) {
        if (phase.isPresent()) {
            return List.of(phase.get());
        }
        TreeSet<ProgrammePhase> covered = new TreeSet<>(queries.phasesWithCases());
        covered.add(phases.configured());
        return List.copyOf(covered);
    }

    List<PhaseTitle> titles(List<ProgrammePhase> covered) {
        return covered.stream().map(p -> new PhaseTitle(p.name(), p.heading(), p == phases.configured())).toList();
    }

    PhaseSettings settings(ProgrammePhase phase) {
        return phases.settings(phase);
    }

    /** The phase of the reports' "phase" parameter: left out (or "all"), every phase, each case under its own. */
    static Optional<ProgrammePhase> phaseParameter(String phase) {
        if (phase == null || phase.isBlank() || "all".equalsIgnoreCase(phase.trim())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProgrammePhase.of(phase));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("phase must be one of " + String.join(", ",
                    java.util.Arrays.stream(ProgrammePhase.values()).map(Enum::name).toList())
                    + ", or left out for every phase (was " + phase + ")");
        }
    }
}
