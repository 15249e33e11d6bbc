package org.strengtheningfamilies.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.strengtheningfamilies.payment.AuditDecision;
import org.strengtheningfamilies.payment.ClaimLine;
import org.strengtheningfamilies.payment.ClaimRepository;
import org.strengtheningfamilies.payment.ResultType;

/** Claims of process tests, with the same once-only rules as the database tables. */
public class InMemoryClaims implements ClaimRepository {

    public record Claim(String claimId, String familyRef, int programmeYear, List<ClaimLine> lines,
                        AuditDecision decision, String reason, String auditor, String reference) {
    }

    final Map<String, Claim> claims = new HashMap<>();
    final Map<String, Map<ResultType, Long>> paid = new HashMap<>();

    @Override
    public Map<ResultType, Long> claimedPence(String familyRef) {
        return new EnumMap<>(paid.getOrDefault(familyRef, new EnumMap<>(ResultType.class)));
    }

    @Override
    public void savePending(String claimId, String familyRef, String processInstanceId, int programmeYear,
                            List<ClaimLine> lines) {
        claims.put(claimId, new Claim(claimId, familyRef, programmeYear, lines, null, null, null, null));
    }

    @Override
    public void recordAudit(String claimId, AuditDecision decision, String reason, String auditor) {
        Claim c = claims.get(claimId);
        if (c == null || c.decision() != null) {
            throw new IllegalStateException("Claim " + claimId + " is not awaiting audit");
        }
        claims.put(claimId, new Claim(claimId, c.familyRef(), c.programmeYear(), c.lines(), decision, reason, auditor, null));
    }

    @Override
    public Optional<String> claimReference(String claimId) {
        return Optional.ofNullable(claims.get(claimId)).map(Claim::reference);
    }

    @Override
    public String recordApproved(String claimId) {
        Claim c = claims.get(claimId);
        if (c.reference() != null) {
            return c.reference();
        }
        if (c.decision() != AuditDecision.APPROVED) {
            throw new IllegalStateException("not approved");
        }
        Map<ResultType, Long> familyPaid = paid.computeIfAbsent(c.familyRef(), k -> new EnumMap<>(ResultType.class));
        for (ClaimLine line : c.lines()) {
            if (familyPaid.putIfAbsent(line.resultType(), line.amountPence()) != null) {
                throw new IllegalStateException(line.resultType() + " already paid for " + c.familyRef());
            }
        }
        long recorded = claims.values().stream().filter(x -> x.familyRef().equals(c.familyRef()) && x.reference() != null).count();
        String reference = c.familyRef() + "-PBR" + (recorded + 1);
        claims.put(claimId, new Claim(claimId, c.familyRef(), c.programmeYear(), c.lines(), c.decision(), c.reason(), c.auditor(), reference));
        return reference;
    }

    public List<Claim> all() {
        return new ArrayList<>(claims.values());
    }
}
