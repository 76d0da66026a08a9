package dev.reload.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Reads bytes while counting them, so a declared size is never trusted. */
public final class BoundedInput {

    private BoundedInput() {}

    /** Thrown (inside this package's readers only) when a limit is passed. */
    public static class LimitExceededException extends IOException {
        public LimitExceededException(String message) {
            super(message);
        }
    }

    /** A counter shared by every entry of one archive. */
    public interface ByteBudget {
        /** Takes {@code n} bytes from the budget, or throws when it is spent. */
        void take(long n) throws LimitExceededException;

        ByteBudget UNLIMITED = n -> {};
    }

    /**
     * Reads all of {@code in}, at most {@code max} bytes.
     *
     * @throws LimitExceededException when there are more than {@code max} bytes or the budget runs out
     */
    public static byte[] readAll(InputStream in, long max, ByteBudget budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[16384];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                throw new LimitExceededException(
                        "the file is too large once unpacked (more than " + megabytes(max) + ")");
            }
            budget.take(n);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** True when the bytes start with the gzip magic number. */
    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * Un-gzips {@code bytes} when they are gzipped (checked by their magic number, not their name),
     * counting the unpacked bytes against {@code max}.
     */
    public static byte[] gunzipIfNeeded(byte[] bytes, long max, ByteBudget budget) throws IOException {
        if (!isGzip(bytes)) {
            return bytes;
        }
        try (GZIPInputStream gzip = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes), 16384)) {
            return readAll(gzip, max, budget);
        }
    }

    static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
