package org.strengtheningfamilies.audittrail;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strengtheningfamilies.api.ApiAccess;

/**
 * {@code GET /api/families/{familyRef}/changes[?evidence=true]}: who changed the family's case data,
 * when and at which step. For managers, the coordinator and administrators (HTTP Basic, as the
 * rest of the API).
 */
@RestController
class CaseChangesController {

    private final CaseChanges changes;
    private final IdentityService identity;

    public CaseChangesController(CaseChanges changes, @Lazy IdentityService identity) {
        this.changes = changes;
        this.identity = identity;
    }

    @GetMapping("/api/families/{familyRef}/changes")
    public List<CaseChange> changes(@PathVariable String familyRef,
                                    @RequestParam(defaultValue = "false") boolean evidence) {
        ApiAccess.requireAnyGroup(identity, ApiAccess.MANAGEMENT, "the change history");
        return changes.of(familyRef, evidence);
    }
}
