package dev.reload.history;

import java.util.Locale;
import java.util.Optional;

import dev.reload.importing.ActivityFiles;

/** What was uploaded: one activity file (optionally gzipped) or a bulk-export ZIP. */
enum ImportKind {
    FILE,
    ZIP;

    /** The kind a file of this name is, or empty when it is neither. */
    static Optional<ImportKind> of(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Optional.empty();
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return Optional.of(ZIP);
        }
        return ActivityFiles.isActivityFileName(fileName) ? Optional.of(FILE) : Optional.empty();
    }
}
