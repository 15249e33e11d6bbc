package org.strengtheningfamilies.audittrail;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/families/{familyRef}/changes[?evidence=true]}: who changed the family's case data,
 * when and at which step. For managers, the coordinator and administrators (HTTP Basic, as the
 * rest of the API).
 */
@RestController
public class CaseChangesController {

    static final Set<String> ALLOWED_GROUPS = Set.of("managers", "coordinator", "camunda-admin");

    private final CaseChanges changes;
    private final IdentityService identity;

    public CaseChangesController(CaseChanges changes, @Lazy IdentityService identity) {
        this.changes = changes;
        this.identity = identity;
    }

    @GetMapping("/api/families/{familyRef}/changes")
    public List<CaseChange> changes(@PathVariable String familyRef,
                                    @RequestParam(defaultValue = "false") boolean evidence) {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "log in with HTTP Basic");
        }
        if (caller.getGroupIds() == null || caller.getGroupIds().stream().noneMatch(ALLOWED_GROUPS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "the change history is for managers, the coordinator and administrators");
        }
        return changes.of(familyRef, evidence);
    }
}
