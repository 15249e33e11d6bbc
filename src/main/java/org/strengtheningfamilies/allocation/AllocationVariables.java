package org.strengtheningfamilies.allocation;

import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * Who holds the family's place, and why a family waits for one.
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class AllocationVariables {

    private AllocationVariables() {
    }

    public static final ProcessVariable<String> KEY_WORKER = string("keyWorker").labelled("Key worker");
    public static final ProcessVariable<String> KEY_WORKER_TEAM = string("keyWorkerTeam");
    public static final ProcessVariable<String> CAPACITY_NOTE = string("capacityNote").labelled("Note (optional)");
}
