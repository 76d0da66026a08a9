package dev.reload.history;

/** Where an import stands (api.md, GET /api/v1/imports/{id}). */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
