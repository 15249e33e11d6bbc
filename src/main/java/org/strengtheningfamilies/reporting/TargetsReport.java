package org.strengtheningfamilies.reporting;

import java.util.ArrayList;
import java.util.List;


/**
 * Table 1: per programme year of each phase covered the target, the indicative families and the progress,
 * each phase's totals and the totals of all. A case counts in its own phase's years.
 *
 * @param phase       the phase asked for; null when the report covers every phase
 * @param phases      the phases covered, in order
 * @param phaseTotals each phase's totals (year "total")
 */
public record TargetsReport(String asOf, String authority, String phase, List<PhaseTitle> phases, List<Year> years,
                            List<Year> phaseTotals, Year totals, Disclosure disclosureControl) implements TabularReport {

    /**
     * One programme year of a phase (or totals, year "total"; the totals of all phases have no phase when
     * more than one is covered).
     *
     * @param targetFamilies     the families the council committed to; null where it set none (a later phase)
     * @param indicativeFamilies the target less the deadweight (2012-15 only; null in the later phases)
     */
    public record Year(String phase, Object year, String from, String to, Long targetFamilies, Long indicativeFamilies,
                       Figure identified, Figure workedWith, Figure attached, Figure turnedAround) {
    }

    @Override
    public List<? extends Record> csvRows() {
        List<Year> rows = new ArrayList<>(years);
        if (phaseTotals.size() > 1) {
            rows.addAll(phaseTotals);
        }
        rows.add(totals);
        return rows;
    }
}
