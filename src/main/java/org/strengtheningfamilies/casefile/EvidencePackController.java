package org.strengtheningfamilies.casefile;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/families/{familyRef}/evidence-pack}: the PDF internal audit checks a family's claims
 * against (a section per claim), for internal audit and the coordinator only. Linked from the audit
 * task's form; {@code GET /api/claim-returns/{reference}/evidence-packs} gives every claim of a claim
 * return in one PDF, linked from the return's sign-off form.
 */
@RestController
class EvidencePackController {

    private final EvidencePack packs;
    private final EvidencePackPdf pdf;
    private final CaseFileAccess access;
    private final CaseRecords records;
    private final Clock clock;

    EvidencePackController(EvidencePack packs, EvidencePackPdf pdf, CaseFileAccess access, CaseRecords records, Clock clock) {
        this.packs = packs;
        this.pdf = pdf;
        this.access = access;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/api/families/{familyRef}/evidence-pack")
    public ResponseEntity<?> family(@PathVariable String familyRef) {
        access.requireEvidencePack();
        List<EvidencePack.ClaimPack> found = packs.of(familyRef);
        if (found.isEmpty()) {
            return ChronologyController.problem(HttpStatus.NOT_FOUND, "not-found",
                    "Family " + familyRef + " has no claim, so no evidence pack.");
        }
        return pdf(familyRef + "-evidence-pack", pdf.render("Evidence pack " + familyRef, found, clock.instant()));
    }

    @GetMapping("/api/claim-returns/{reference}/evidence-packs")
    public ResponseEntity<?> claimReturn(@PathVariable String reference) {
        access.requireEvidencePack();
        List<EvidencePack.ClaimPack> found = records.familiesIn(reference).stream()
                .flatMap(ref -> packs.of(ref).stream())
                .filter(p -> reference.equals(p.claim().claimReturn())).toList();
        if (found.isEmpty()) {
            return ChronologyController.problem(HttpStatus.NOT_FOUND, "not-found", "No claim return " + reference
                    + " with claims is known.");
        }
        return pdf(reference + "-evidence-packs", pdf.render("Evidence packs of claim return " + reference, found,
                clock.instant()));
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".pdf\"").body(body);
    }
}
