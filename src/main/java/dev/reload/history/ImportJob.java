package dev.reload.history;

import java.time.Instant;

/**
 * An import as stored: the upload, where it stands, and the counts so far. {@code nextIndex} is
 * the first item not yet stored: a resumed import starts there, so no activity is stored twice.
 * {@code fileSize} is null for a job queued before uploads were kept in the database: its file is
 * at {@code uploadPath} on the disk of the instance that took it.
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
        Long fileSize,
        boolean fileGzipped,
        Instant createdAt,
        Instant updatedAt) {}
