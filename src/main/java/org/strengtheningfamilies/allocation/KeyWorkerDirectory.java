package org.strengtheningfamilies.allocation;

import java.util.List;

/** Who the key workers of a lead service team are (the team's group in the identity service). */
public interface KeyWorkerDirectory {
    List<String> members(String teamGroup);
}
