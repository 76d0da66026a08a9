package dev.reload.system.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A stream of bytes kept as numbered pieces (0, 1, 2 …), each of at most {@link #SIZE} bytes, such
 * as the rows of a table: written through {@link #writer}, read back through {@link #reader}. At
 * most one piece is in memory at a time, so a file of hundreds of megabytes goes in and out of the
 * database in a fraction of a megabyte.
 */
public final class Pieces {

    /** The largest piece: 512 KiB. */
    public static final int SIZE = 512 * 1024;

    private Pieces() {}

    /** Where the writer puts a full (or the last) piece. */
    @FunctionalInterface
    public interface Sink {
        void put(int number, byte[] piece) throws IOException;
    }

    /** Where the reader finds a piece: empty after the last one. */
    @FunctionalInterface
    public interface Source {
        Optional<byte[]> get(int number);
    }

    /** A stream that hands each {@link #SIZE} bytes written to {@code sink}, and the rest at {@code close}. */
    public static OutputStream writer(Sink sink) {
        return new Writer(sink);
    }

    /** The pieces of {@code source} as one stream, from piece 0 until the first one missing. */
    public static InputStream reader(Source source) {
        return new Reader(source);
    }

    private static final class Writer extends OutputStream {

        private final Sink sink;
        private final byte[] buffer = new byte[SIZE];
        private int filled;
        private int number;
        private boolean closed;

        Writer(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (closed) {
                throw new IOException("the pieces are written already");
            }
            while (length > 0) {
                int n = Math.min(length, SIZE - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
                if (filled == SIZE) {
                    putPiece();
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                if (filled > 0) {
                    putPiece();
                }
                closed = true;
            }
        }

        private void putPiece() throws IOException {
            sink.put(number++, Arrays.copyOf(buffer, filled));
            filled = 0;
        }
    }

    private static final class Reader extends InputStream {

        private final Source source;
        private byte[] piece = new byte[0];
        private int position;
        private int next;
        private boolean ended;

        Reader(Source source) {
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (length == 0) {
                return 0;
            }
            while (position == piece.length) {
                if (ended) {
                    return -1;
                }
                try {
                    Optional<byte[]> found = source.get(next++);
                    ended = found.isEmpty();
                    piece = found.orElse(new byte[0]);
                    position = 0;
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            int n = Math.min(length, piece.length - position);
            System.arraycopy(piece, position, bytes, offset, n);
            position += n;
            return n;
        }
    }
}
