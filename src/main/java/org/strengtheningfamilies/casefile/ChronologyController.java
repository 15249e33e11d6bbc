package org.strengtheningfamilies.casefile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strengtheningfamilies.csv.RecordCsv;

/**
 * {@code GET /api/families/{familyRef}/chronology[?format=csv]}: everything that happened to the
 * family, oldest first, for its key worker, the coordinator and administrators (403 for everyone else).
 */
@RestController
class ChronologyController {

    private final Chronology chronology;
    private final CaseFileAccess access;
    private final Function<String, Optional<String>> familyOfTask;

    ChronologyController(Chronology chronology, CaseFileAccess access, CaseHistory history) {
        this.chronology = chronology;
        this.access = access;
        this.familyOfTask = history::familyOfTask;
    }

    @GetMapping("/api/families/{familyRef}/chronology")
    public ResponseEntity<?> chronology(@PathVariable String familyRef, @RequestParam(defaultValue = "json") String format) {
        access.requireChronology(familyRef);
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"json".equalsIgnoreCase(format)) {
            return problem(HttpStatus.BAD_REQUEST, "bad-parameter", "format must be json or csv (was " + format + ").");
        }
        List<ChronologyEntry> entries = chronology.of(familyRef);
        if (entries.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "not-found", "No family " + familyRef + " is known.");
        }
        if (csv) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + familyRef + "-chronology.csv\"")
                    .body(RecordCsv.write(ChronologyEntry.class, entries));
        }
        return ResponseEntity.ok(Map.of("familyRef", familyRef, "entries", entries));
    }

    /**
     * {@code GET /api/tasks/{taskId}/chronology}: the chronology of the family whose task this is, for
     * the Tasklist tab beside every task of a family (the same readers as above).
     */
    @GetMapping("/api/tasks/{taskId}/chronology")
    public ResponseEntity<?> ofTask(@PathVariable String taskId) {
        Optional<String> familyRef = familyOfTask.apply(taskId);
        if (familyRef.isEmpty()) {
            access.requireChronology(null);
            return problem(HttpStatus.NOT_FOUND, "not-found", "This task is not about a family.");
        }
        return chronology(familyRef.get(), "json");
    }

    static ResponseEntity<Map<String, String>> problem(HttpStatus status, String type, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", type, "message", message));
    }
}
