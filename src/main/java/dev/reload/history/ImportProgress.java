package dev.reload.history;

import java.util.List;

import dev.reload.importing.ImportFailure;

/** An import as the API and the page show it (api.md, GET /api/v1/imports/{id}). */
public record ImportProgress(
        long id,
        ImportStatus status,
        int total,
        int processed,
        int imported,
        int duplicates,
        List<ImportFailure> failed) {

    /** Whole per cent processed, 0–100 (0 while the total is not known). */
    public int percent() {
        return total <= 0 ? (status.finished() ? 100 : 0) : Math.min(100, processed * 100 / total);
    }

    public boolean finished() {
        return status.finished();
    }
}
