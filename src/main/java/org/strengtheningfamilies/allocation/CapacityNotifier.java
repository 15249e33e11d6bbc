package org.strengtheningfamilies.allocation;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.CaseClosed;
import org.strengtheningfamilies.events.FamilySteppedUp;
import org.strengtheningfamilies.events.SustainPeriodStarted;
import org.strengtheningfamilies.kernel.SystemAccess;
import org.strengtheningfamilies.panel.LeadService;

/**
 * When a place is freed, the family that has waited longest for that lead service is woken
 * (message CapacityFreed on Task_AwaitCapacity) and tries allocation again.
 */
@Component
public class CapacityNotifier {

    /** The message family-case's Task_AwaitCapacity waits for. */
    public static final String CAPACITY_FREED = "CapacityFreed";
    private static final Logger LOG = LoggerFactory.getLogger(CapacityNotifier.class);

    private final CaseloadRepository caseload;
    private final RuntimeService runtime;

    public CapacityNotifier(CaseloadRepository caseload, @Lazy RuntimeService runtime) {
        this.caseload = caseload;
        this.runtime = runtime;
    }

    /** The stepped-up family's place with its previous lead service is offered to whoever waits for it. */
    @EventListener
    @Order(3)
    public void on(FamilySteppedUp steppedUp) {
        placeFreed(steppedUp.previousLeadService());
    }

    /** A family waiting its sustain period gave its place back. */
    @EventListener
    @Order(3)
    public void on(SustainPeriodStarted started) {
        if (started.releasedKeyWorker() != null && started.leadService() != null) {
            placeFreed(started.leadService());
        }
    }

    @EventListener
    @Order(3)
    public void on(CaseClosed closed) {
        if (closed.releasedKeyWorker() != null && closed.leadService() != null) {
            placeFreed(closed.leadService());
        }
    }

    void placeFreed(LeadService service) {
        Optional<String> waiting = caseload.longestWaiting(service);
        if (waiting.isEmpty()) {
            return;
        }
        // the user whose task freed the place has no rights on the waiting family's case. correlateAll: a
        // family between steps (its allocation running) matches nothing and retries by itself; a plain
        // correlate would throw, and the failed inner command would roll back the step that freed the place
        boolean woken = SystemAccess.call(() -> !runtime.createMessageCorrelation(CAPACITY_FREED)
                .processInstanceBusinessKey(waiting.get())
                .correlateAllWithResult().isEmpty());
        if (!woken) {
            LOG.info("Family {} waits for {} capacity but is not at Task_AwaitCapacity", waiting.get(), service);
        }
    }
}
