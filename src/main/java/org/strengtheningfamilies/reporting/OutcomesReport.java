package org.strengtheningfamilies.reporting;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Successful family outcomes, per phase covered: per quarter of the phase's programme, the families
 * attached, assessed (the whole-family assessment), closed (worked with, case ended), sustained (the
 * sustain check confirmed every outcome held) and successful (the phase's success; 2012-15: turned
 * around), with the totals; per need, the families identified with it and those whose outcome was
 * achieved. A measure a phase does not have (2012-15's assessment, 2015-20's sustain check) is left out.
 *
 * @param phase the phase asked for; null when the report covers every phase
 */
public record OutcomesReport(String asOf, String phase, List<PhaseOutcomes> phases, Disclosure disclosureControl)
        implements TabularReport {

    public record PhaseOutcomes(String phase, String title, List<Quarter> quarters, Quarter totals, List<NeedRow> needs) {
    }

    /**
     * A quarter of a phase's programme year (quarter 1 is the year's first three months), the time after the
     * phase's last year ("After the programme"), or the totals.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quarter(String phase, String label, Integer programmeYear, Integer quarter, String from, String to,
                          Figure attached,
                          Figure assessed, Figure closed, Figure sustained, Figure successful) {
    }

    public record NeedRow(String phase, String need, String title, Figure identified, Figure achieved) {
    }

    /** One line of the CSV: a quarter, a phase's totals, or a need. */
    public record Line(String phase, String section, String label, String from, String to, Figure attached,
                       Figure assessed, Figure closed, Figure sustained, Figure successful, Figure identified,
                       Figure achieved) {
    }

    @Override
    public List<? extends Record> csvRows() {
        List<Line> lines = new ArrayList<>();
        for (PhaseOutcomes p : phases) {
            for (Quarter q : p.quarters()) {
                lines.add(new Line(p.phase(), "quarter", q.label(), q.from(), q.to(), q.attached(), q.assessed(), q.closed(), q.sustained(), q.successful(), null, null));
            }
            Quarter t = p.totals();
            lines.add(new Line(p.phase(), "total", t.label(), t.from(), t.to(), t.attached(), t.assessed(), t.closed(),
                    t.sustained(), t.successful(), null, null));
            for (NeedRow n : p.needs()) {
                lines.add(new Line(p.phase(), "need", n.title(), null, null, null, null, null, null, null, n.identified(),
                        n.achieved()));
            }
        }
        return lines;
    }
}
