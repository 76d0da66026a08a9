package dev.reload.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.reload.system.io.NoSpace;

/**
 * The file a runner imports, on this instance's disk while it runs: a copy of the one in the
 * database under {@code reload.imports.dir} (a ZIP is read with random access), deleted when the run
 * ends; copies that a run which died left behind are deleted after a day. A job queued before
 * uploads were kept in the database has its upload on the disk of the instance that took it. A copy
 * that does not fit on the disk is deleted, and the run is told so ({@link NoRoomException}).
 */
@Component
class WorkingCopies {

    private static final Logger log = LoggerFactory.getLogger(WorkingCopies.class);

    private static final String PREFIX = "import-";
    private static final String SUFFIX = ".work";
    private static final Duration STALE = Duration.ofDays(1);
    /** Less free space than this, after a write failed, counts as a full disk. */
    static final long LOW_SPACE = 64 * 1024;

    private final ImportFiles files;
    private final ImportProperties properties;
    private final Clock clock;

    WorkingCopies(ImportFiles files, ImportProperties properties, Clock clock) {
        this.files = files;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The file to read: a working copy of the one in the database, or, for a job queued before
     * uploads were kept there, the upload on this instance's disk; empty when there is neither.
     */
    Optional<Path> of(ImportJob job) throws NoRoomException {
        if (job.fileSize() != null && files.exists(job.accountId(), job.id())) {
            Path copy = null;
            try {
                Files.createDirectories(properties.dir());
                copy = Files.createTempFile(properties.dir(), PREFIX + job.id() + "-", SUFFIX);
                try (InputStream in = files.open(job.accountId(), job.id(), job.fileGzipped())) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                return Optional.of(copy);
            } catch (IOException e) {
                boolean noRoom = noRoom(e, properties.dir());
                if (copy != null) {
                    delete(copy); // a half-written copy would only keep the disk full
                }
                if (noRoom) {
                    log.error(
                            "no room on the disk of {} for the working copy of import {}",
                            properties.dir().toAbsolutePath(),
                            job.id());
                    throw new NoRoomException(e);
                }
                log.error("the file of import {} could not be copied from the database", job.id(), e);
                return Optional.empty();
            }
        }
        return Optional.ofNullable(job.uploadPath()).map(Path::of).filter(Files::isReadable);
    }

    /**
     * Whether a write failed for want of space: the system says so (ENOSPC, a quota), or the folder's
     * disk has less than {@link #LOW_SPACE} left after the failure.
     */
    static boolean noRoom(IOException failure, Path dir) {
        if (NoSpace.causedBy(failure)) {
            return true;
        }
        try {
            return Files.getFileStore(dir).getUsableSpace() < LOW_SPACE;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The working copy of an import could not be written: the disk of {@code reload.imports.dir} is full. */
    static final class NoRoomException extends Exception {
        NoRoomException(IOException cause) {
            super("no room on the disk for the working copy", cause);
        }
    }

    /** Done with the file: a working copy is deleted, an upload on the disk only once its job has ended. */
    void done(Path file, BooleanSupplier jobEnded) {
        if (isCopy(file) || jobEnded.getAsBoolean()) {
            delete(file);
        }
    }

    /** Deletes the working copies that runs which died left, a day after. */
    void deleteStale() {
        Path dir = properties.dir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant before = clock.instant().minus(STALE);
        try (Stream<Path> copies = Files.list(dir)) {
            copies.filter(WorkingCopies::isCopy)
                    .filter(p -> modifiedBefore(p, before))
                    .forEach(WorkingCopies::delete);
        } catch (IOException e) {
            log.warn("could not look for old working copies in {}", dir, e);
        }
    }

    private static boolean isCopy(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}", file, e);
        }
    }
}
