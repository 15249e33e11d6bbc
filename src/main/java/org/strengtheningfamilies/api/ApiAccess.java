package org.strengtheningfamilies.api;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The project's own API endpoints: the caller (authenticated by HTTP Basic) must be in one of these groups. */
public final class ApiAccess {

    /** Aggregate figures and change histories: never family data. */
    public static final Set<String> MANAGEMENT = Set.of("managers", "coordinator", "camunda-admin");

    /** Agency data imports (issue 4): the data team and administrators. */
    public static final Set<String> DATA_TEAM = Set.of("data-team", "camunda-admin");

    private ApiAccess() {
    }

    public static void requireAnyGroup(IdentityService identity, Set<String> groups, String what) {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "log in with HTTP Basic");
        }
        if (caller.getGroupIds() == null || caller.getGroupIds().stream().noneMatch(groups::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, what + " is for " + String.join(", ", groups.stream().sorted().toList()));
        }
    }
}
