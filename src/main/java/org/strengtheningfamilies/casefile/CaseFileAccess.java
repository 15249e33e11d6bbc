package org.strengtheningfamilies.casefile;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.strengtheningfamilies.allocation.CaseloadRepository;

/**
 * Who may read a family's case file. The chronology: the family's key worker (who holds its place now)
 * the coordinator and administrators; the evidence pack: internal audit and the coordinator. Everyone
 * else gets 403 whether or not the family exists, so a refusal says nothing about a family.
 */
class CaseFileAccess {

    static final Set<String> CHRONOLOGY_GROUPS = Set.of("coordinator", "camunda-admin");
    static final Set<String> EVIDENCE_PACK_GROUPS = Set.of("audit", "coordinator");

    private final IdentityService identity;
    private final CaseloadRepository caseload;

    CaseFileAccess(IdentityService identity, CaseloadRepository caseload) {
        this.identity = identity;
        this.caseload = caseload;
    }

    void requireChronology(String familyRef) {
        Authentication caller = caller();
        if (inAny(caller, CHRONOLOGY_GROUPS)) {
            return;
        }
        boolean holdsThePlace = familyRef != null && caseload.placeHolder(familyRef).filter(caller.getUserId()::equals).isPresent();
        if (!holdsThePlace) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "A family's chronology is for its key worker, "
                    + "the coordinator and administrators.");
        }
    }

    void requireEvidencePack() {
        if (!inAny(caller(), EVIDENCE_PACK_GROUPS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Evidence packs are for internal audit and the coordinator.");
        }
    }

    private Authentication caller() {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in first.");
        }
        return caller;
    }

    private static boolean inAny(Authentication caller, Set<String> groups) {
        return caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(groups::contains);
    }
}
