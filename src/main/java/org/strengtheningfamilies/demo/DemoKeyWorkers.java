package org.strengtheningfamilies.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strengtheningfamilies.identity.DemoIdentity;
import org.strengtheningfamilies.panel.LeadService;

/**
 * Enough demo key workers for the cohort's caseload with a key worker's worth of places to spare in
 * every lead service, so that a family referred on top of the cohort (the README's walk-through) is
 * allocated at once instead of waiting for capacity. The cohort's families that hold a place once
 * it is loaded are those accepted for a lead service and not closed: the retrospective ones start at
 * verification and the turned-around ones close with their claim.
 */
final class DemoKeyWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(DemoKeyWorkers.class);

    private DemoKeyWorkers() {
    }

    /** Per lead service, how many key workers the cohort needs so that at least {@code cap} places stay free. */
    static Map<LeadService, Integer> needed(List<CohortPlan.Family> families, int cap) {
        Map<LeadService, Integer> needed = new TreeMap<>();
        for (LeadService service : LeadService.values()) {
            if (service == LeadService.NFA) {
                continue;
            }
            long holding = families.stream().filter(f -> !f.retrospective() && f.turnedAroundOn() == null)
                    .filter(f -> service.name().equals(f.leadService())).count();
            needed.put(service, (int) ((holding + cap + cap - 1) / cap));
        }
        return needed;
    }

    /** Adds kw-&lt;service&gt;-&lt;n&gt; to each team until it has as many key workers as needed. */
    static void ensure(IdentityService identity, List<CohortPlan.Family> families, int cap) {
        needed(families, cap).forEach((service, count) -> {
            String team = "team-" + service.name().toLowerCase(Locale.ROOT);
            long present = identity.createUserQuery().memberOfGroup(team).count();
            for (long n = present + 1; n <= count; n++) {
                String id = "kw-" + service.name().toLowerCase(Locale.ROOT) + "-" + n;
                DemoIdentity.ensureUser(identity, id, "Demo", "Key Worker " + n + " (" + service.name() + ")",
                        List.of("key-workers", team));
            }
            if (present < count) {
                LOG.info("Demo cohort: {} key workers in {} ({} places for the cohort and a newcomer)", count, team, count * cap);
            }
        });
    }
}
