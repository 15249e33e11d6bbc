package org.strengtheningfamilies.referral;

import static org.strengtheningfamilies.referral.ReferralVariables.NEEDS;
import static org.strengtheningfamilies.referral.ReferralVariables.NEEDS_EVIDENCE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.programme.Need;
import org.strengtheningfamilies.programme.PhaseSettings;

/**
 * The later phases' needs on a referral, the panel's decision and the whole-family assessment: each code
 * one of the case's phase's needs, at least one need, and (where evidence is asked for) evidence for each.
 */
public final class NeedsRule {

    private NeedsRule() {
    }

    /**
     * Notes every problem of {@code needs} for the phase; with {@code evidenceRequired} (a referral) also
     * every need without evidence and every evidence without its need ticked.
     */
    public static List<String> check(Problems problems, PhaseSettings phase, boolean evidenceRequired) {
        List<String> needs = problems.required(NEEDS).orElse(null);
        if (needs == null) {
            return List.of();
        }
        Set<String> given = new LinkedHashSet<>();
        for (String code : needs) {
            if (code == null || code.isBlank()) {
                problems.add(NEEDS.name(), "“" + NEEDS.label() + "” has an empty entry: tick the needs by their names.");
            } else if (phase.need(code).isEmpty()) {
                problems.add(NEEDS.name(), "“" + NEEDS.label() + "” has " + code + ", which is not a need of "
                        + phase.phase().title() + ", this case's programme. Its needs are " + String.join(", ", phase.needCodes()) + ".");
            } else if (!given.add(code)) {
                problems.add(NEEDS.name(), "“" + NEEDS.label() + "” lists " + title(phase, code) + " twice.");
            }
        }
        if (given.isEmpty() && needs.stream().allMatch(c -> c == null || c.isBlank())) {
            problems.add(NEEDS.name(), "Tick at least one of the family's needs in “" + NEEDS.label() + "”.");
        }
        Map<String, String> evidence = problems.read(NEEDS_EVIDENCE).orElse(Map.of());
        for (String code : evidence.keySet()) {
            if (phase.need(code).isEmpty()) {
                problems.add(NEEDS_EVIDENCE.name() + "." + code, "There is evidence for " + code + ", which is not a need of "
                        + phase.phase().title() + ", this case's programme.");
            } else if (evidenceRequired && !given.contains(code)) {
                // at referral the referrer gives both; later the panel or assessment may drop a need whose
                // evidence stays on record
                problems.add(NEEDS_EVIDENCE.name() + "." + code, "There is evidence for " + title(phase, code)
                        + " but the need is not ticked: tick it or remove its evidence.");
            }
        }
        if (evidenceRequired) {
            for (String code : given) {
                if (!evidence.containsKey(code)) {
                    problems.add(NEEDS_EVIDENCE.name() + "." + code, "Give the evidence for " + title(phase, code)
                            + ": what shows the family has this need.");
                }
            }
        }
        return List.copyOf(given);
    }

    private static String title(PhaseSettings phase, String code) {
        return phase.need(code).map(Need::title).orElse(code);
    }
}
