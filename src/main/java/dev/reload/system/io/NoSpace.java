package dev.reload.system.io;

/**
 * Whether a failed write failed for want of disk space (ENOSPC, a quota): the working copy of an
 * import under {@code reload.imports.dir}, or the temporary file of a multipart upload.
 */
public final class NoSpace {

    private NoSpace() {}

    /** True when the system said, in {@code failure} or anything that caused it, that the disk is full. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null
                    && (message.contains("No space left on device")
                            || message.contains("Disk quota exceeded")
                            || message.contains("not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }
}
