package dev.reload.history;

import java.time.Instant;

/**
 * An import as stored: the upload, where it stands, and the counts so far. {@code nextIndex} is
 * the first item not yet stored: a resumed import starts there, so no activity is stored twice.
 */
record ImportJob(
        long id,
        long accountId,
        String fileName,
        ImportKind kind,
        ImportStatus status,
        int total,
        int processed,
        int imported,
        int duplicates,
        int nextIndex,
        String uploadPath,
        Instant createdAt,
        Instant updatedAt) {}
