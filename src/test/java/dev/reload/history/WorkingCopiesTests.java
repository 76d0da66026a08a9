package dev.reload.history;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a working copy could not be written for want of space (the import then fails in words, and
 * the half copy is deleted), and when for another reason. The full disk itself: FullDiskFaultTests.
 */
class WorkingCopiesTests {

    @TempDir
    Path dir;

    @Test
    void aWriteThatTheSystemRefusedForWantOfSpaceIsAFullDisk() {
        assertThat(WorkingCopies.noRoom(new IOException("No space left on device"), dir))
                .isTrue();
        assertThat(WorkingCopies.noRoom(
                        new IOException("copy failed", new FileSystemException("/data/imports/x: Disk quota exceeded")),
                        dir))
                .isTrue();
    }

    @Test
    void anotherFailureOnADiskWithRoomIsNot() {
        assertThat(WorkingCopies.noRoom(new IOException("Not in GZIP format"), dir))
                .isFalse();
    }
}
