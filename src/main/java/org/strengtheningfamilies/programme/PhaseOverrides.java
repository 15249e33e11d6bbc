package org.strengtheningfamilies.programme;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A council's changes to one later phase's preset ({@code sf.phases.<phase>.*}); a value left out keeps
 * the preset's. docs/programmes.md lists them.
 *
 * @param sustainCheck false to drop the phase's sustain check, true to add one (with sustainPeriod or
 *                     sf.programme.sustain-period)
 */
public record PhaseOverrides(LocalDate startDate, Integer years, Integer minimumNeeds, Boolean dependentChildRequired,
                             Boolean sustainCheck, Period sustainPeriod, Long claimAmountPence, Long attachmentFeePence,
                             Boolean continuousEmploymentRoute, String referralForm, String eligibilityDecision,
                             String successDecision, List<LocalNeed> localNeeds) {

    public static final PhaseOverrides NONE = new PhaseOverrides(null, null, null, null, null, null, null, null, null,
            null, null, null, List.of());

    public PhaseOverrides {
        localNeeds = localNeeds == null ? List.of() : List.copyOf(localNeeds);
    }
}
