package dev.reload.history.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.reload.account.AccountPrincipal;
import dev.reload.history.ImportProgress;
import dev.reload.history.ImportService;
import dev.reload.history.ImportStatus;
import dev.reload.importing.ImportFailure;
import dev.reload.system.web.InvalidFieldException;

/** History import over the API (api.md, "Imports"). */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Activity files and bulk exports, imported in the background")
class ImportApiController {

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    /** api.md: {@code {"id", "status", "total", "processed", "imported", "duplicates", "failed": [{"file", "reason"}]}}. */
    record ImportResponse(
            long id,
            ImportStatus status,
            int total,
            int processed,
            int imported,
            int duplicates,
            List<ImportFailure> failed) {

        static ImportResponse of(ImportProgress p) {
            return new ImportResponse(
                    p.id(), p.status(), p.total(), p.processed(), p.imported(), p.duplicates(), p.failed());
        }
    }

    /** api.md: 202 {@code {"id"}}, the import's id to follow it at {@code GET /api/v1/imports/{id}}. */
    record ImportStarted(long id) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a .fit, .gpx or .tcx file (each optionally .gz) or a .zip bulk export",
            description = "Answers 202 with the import's id at once; the import runs in the background.")
    @ApiResponse(responseCode = "202", description = "The import, started")
    @ApiResponse(
            responseCode = "507",
            description = "The server has no disk space left to receive the upload; nothing was stored")
    ResponseEntity<ImportStarted> start(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidFieldException("file", "is required: a .fit, .gpx or .tcx file or a .zip export");
        }
        long id;
        try (InputStream in = file.getInputStream()) {
            id = imports.start(me.accountId(), file.getOriginalFilename(), in);
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + id))
                .body(new ImportStarted(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "How an import goes: status, counts and the files that could not be read")
    ImportResponse progress(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return ImportResponse.of(imports.progress(me.accountId(), id));
    }
}
