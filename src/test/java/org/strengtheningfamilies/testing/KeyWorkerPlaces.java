package org.strengtheningfamilies.testing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationContext;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.allocation.KeyWorkerAllocation;
import org.strengtheningfamilies.allocation.KeyWorkerDirectory;
import org.strengtheningfamilies.identity.DemoIdentity;
import org.strengtheningfamilies.panel.LeadService;

/**
 * A free key worker place in a lead service before a test that needs its family allocated at once.
 * The demo cohort leaves one key worker's worth of places spare per lead service, and the test classes
 * of a shared context take them in whatever order surefire runs them (the Cockpit dashboard's five
 * Supporting Families cases take five of CFP's): when the team is full, a demo key worker joins it,
 * as a council would add one, and allocation (least loaded first) gives them the family.
 */
public final class KeyWorkerPlaces {

    private final IdentityService identity;
    private final KeyWorkerDirectory directory;
    private final CaseloadRepository caseload;
    private final int cap;

    public KeyWorkerPlaces(ApplicationContext context) {
        this.identity = context.getBean(IdentityService.class);
        this.directory = context.getBean(KeyWorkerDirectory.class);
        this.caseload = context.getBean(CaseloadRepository.class);
        this.cap = context.getBean(KeyWorkerAllocation.class).cap();
    }

    /** The key worker who joined the team, or null when someone in it already had a free place. */
    public String ensureFreePlace(LeadService service) {
        List<String> team = directory.members(service.teamGroup());
        Map<String, Integer> load = caseload.liveFamilies(team);
        if (team.stream().anyMatch(worker -> load.getOrDefault(worker, 0) < cap)) {
            return null;
        }
        String prefix = "kw-" + service.name().toLowerCase(Locale.ROOT) + "-";
        int n = team.size() + 1;
        while (identity.createUserQuery().userId(prefix + n).count() > 0) {
            n++;
        }
        String joiner = prefix + n;
        DemoIdentity.ensureUser(identity, joiner, "Demo", "Key Worker " + n + " (" + service.name() + ")",
                List.of("key-workers", service.teamGroup()));
        return joiner;
    }
}
