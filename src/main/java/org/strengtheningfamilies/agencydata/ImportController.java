package org.strengtheningfamilies.agencydata;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.strengtheningfamilies.api.ApiAccess;

/**
 * {@code POST /api/imports/{dataset}} with a CSV body ({@code text/csv}, UTF-8) imports it, streaming;
 * {@code GET /api/imports/{id}} shows an import's progress or result, {@code GET /api/imports} the
 * recent ones. For the data team and administrators (docs/agency-data.md).
 */
@RestController
public class ImportController {

    private final AgencyDataImporter importer;
    private final ImportLog log;
    private final ImportProperties properties;
    private final IdentityService identity;

    public ImportController(AgencyDataImporter importer, ImportLog log, ImportProperties properties,
                            @Lazy IdentityService identity) {
        this.importer = importer;
        this.log = log;
        this.properties = properties;
        this.identity = identity;
    }

    @PostMapping("/api/imports/{dataset}")
    public ImportResult importCsv(@PathVariable String dataset, @RequestParam(required = false) String fileName,
                                  HttpServletRequest request) throws IOException {
        ApiAccess.requireAnyGroup(identity, ApiAccess.DATA_TEAM, "importing agency data");
        AgencyDataset target = AgencyDataset.named(dataset).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no dataset " + dataset + " (datasets: " + String.join(", ",
                AgencyDataset.all().stream().map(AgencyDataset::name).toList()) + ")"));
        requireCsv(request.getContentType());
        Authentication caller = identity.getCurrentAuthentication();
        String name = fileName != null && !fileName.isBlank() ? ImportLog.truncate(fileName.strip(), 255) : dataset + ".csv";
        return importer.importCsv(target, request.getInputStream(), name, caller.getUserId(), "API");
    }

    @GetMapping("/api/imports/{id}")
    public Map<String, Object> status(@PathVariable String id) {
        ApiAccess.requireAnyGroup(identity, ApiAccess.DATA_TEAM, "agency data imports");
        long importId;
        try {
            importId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no import " + id);
        }
        ImportStatus status = log.find(importId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no import " + id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("import", status);
        body.put("rejectionCount", log.rejectionCount(importId));
        body.put("rejections", log.rejections(importId, properties.maxListedRejections()));
        return body;
    }

    @GetMapping("/api/imports")
    public List<ImportStatus> recent(@RequestParam(required = false) String dataset,
                                     @RequestParam(defaultValue = "20") int limit) {
        ApiAccess.requireAnyGroup(identity, ApiAccess.DATA_TEAM, "agency data imports");
        if (dataset != null && AgencyDataset.named(dataset).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "dataset: no dataset " + dataset);
        }
        if (limit < 1 || limit > 500) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be 1 to 500 (was " + limit + ")");
        }
        return log.recent(dataset, limit);
    }

    /** The file as a whole is wrong: nothing was stored. */
    @ExceptionHandler(ImportFailedException.class)
    public ResponseEntity<Map<String, Object>> refused(ImportFailedException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("importId", e.importId());
        body.put("dataset", e.dataset());
        body.put("status", "FAILED");
        body.put("message", e.getMessage());
        body.put("line", e.problem().line());
        body.put("field", e.problem().field());
        return ResponseEntity.badRequest().body(body);
    }

    private static void requireCsv(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            type = null;
        }
        if (type == null || !(type.isCompatibleWith(new MediaType("text", "csv")) && !type.isWildcardSubtype())) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "send the file as text/csv (was " + contentType + ")");
        }
        String charset = type.getParameter("charset");
        if (charset != null && !charset.replace("\"", "").equalsIgnoreCase("UTF-8")) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "the file must be UTF-8 (was " + charset.toLowerCase(Locale.ROOT) + ")");
        }
    }
}
