package dev.reload.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import dev.reload.importing.fit.FitActivityReader;
import dev.reload.importing.gpx.GpxActivityReader;
import dev.reload.importing.tcx.TcxActivityReader;

/**
 * Single-file import: a {@code .fit}, {@code .gpx} or {@code .tcx} file, each optionally gzipped.
 * The format is told from the content (gzip and FIT magic numbers, the XML root element), with the
 * file name as a hint only. Stateless and thread-safe.
 */
public final class ActivityFiles {

    /** The formats this importer reads. */
    public enum Format {
        FIT,
        GPX,
        TCX
    }

    private static final ActivityFileReader FIT = new FitActivityReader();
    private static final ActivityFileReader GPX = new GpxActivityReader();
    private static final ActivityFileReader TCX = new TcxActivityReader();

    private ActivityFiles() {}

    /** True when a file of this name looks like something {@link #read} can import. */
    public static boolean isActivityFileName(String fileName) {
        String n = stripGz(fileName.toLowerCase(Locale.ROOT));
        return n.endsWith(".fit") || n.endsWith(".gpx") || n.endsWith(".tcx");
    }

    /**
     * Single-file import in the shape of a bulk import's item: one outcome (index 0 of 1) holding the
     * activity or the failure. Never throws for bad input.
     */
    public static ImportOutcome importFile(String fileName, InputStream in, ImportLimits limits) {
        try {
            ImportedActivity activity = read(fileName, in, limits, BoundedInput.ByteBudget.UNLIMITED);
            return new ImportOutcome(0, 1, fileName, null, Optional.of(activity), Optional.empty());
        } catch (UnreadableFileException e) {
            return new ImportOutcome(
                    0, 1, fileName, null, Optional.empty(), Optional.of(new ImportFailure(fileName, e.reason())));
        }
    }

    /** Reads a file from a stream, within the default limits. */
    public static ImportedActivity read(String fileName, InputStream in) throws UnreadableFileException {
        return read(fileName, in, ImportLimits.DEFAULT, BoundedInput.ByteBudget.UNLIMITED);
    }

    /**
     * Reads one file. The stream is read to its end (at most {@code limits.maxFileBytes()} bytes,
     * also after un-gzipping) but not closed.
     */
    public static ImportedActivity read(
            String fileName, InputStream in, ImportLimits limits, BoundedInput.ByteBudget budget)
            throws UnreadableFileException {
        byte[] bytes;
        try {
            bytes = BoundedInput.readAll(in, limits.maxFileBytes(), budget);
        } catch (BoundedInput.LimitExceededException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("the file could not be read", e);
        }
        return read(fileName, bytes, limits, budget);
    }

    /** Reads one file already in memory (gzipped or not). */
    public static ImportedActivity read(
            String fileName, byte[] bytes, ImportLimits limits, BoundedInput.ByteBudget budget)
            throws UnreadableFileException {
        byte[] plain;
        try {
            plain = BoundedInput.gunzipIfNeeded(bytes, limits.maxFileBytes(), budget);
        } catch (BoundedInput.LimitExceededException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(
                    e instanceof java.io.EOFException
                            ? "the file ends early: its compressed data is cut off"
                            : "the file is damaged: its compressed data is not valid",
                    e);
        }
        if (plain.length == 0) {
            throw new UnreadableFileException("the file is empty");
        }
        Format format = detect(plain)
                .or(() -> byName(fileName))
                .orElseThrow(() ->
                        new UnreadableFileException("not an activity file: this app reads FIT, GPX and TCX files"));
        return switch (format) {
            case FIT -> FIT.read(plain);
            case GPX -> GPX.read(plain);
            case TCX -> TCX.read(plain);
        };
    }

    /** The format the content shows, if it shows one. */
    public static Optional<Format> detect(byte[] bytes) {
        if (bytes.length >= 12 && bytes[8] == '.' && bytes[9] == 'F' && bytes[10] == 'I' && bytes[11] == 'T') {
            return Optional.of(Format.FIT);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        int gpx = indexOfElement(head, "gpx");
        int tcx = indexOfElement(head, "TrainingCenterDatabase");
        if (gpx >= 0 && (tcx < 0 || gpx < tcx)) {
            return Optional.of(Format.GPX);
        }
        if (tcx >= 0) {
            return Optional.of(Format.TCX);
        }
        return Optional.empty();
    }

    private static int indexOfElement(String head, String name) {
        int from = 0;
        while (true) {
            int i = head.indexOf('<', from);
            if (i < 0) {
                return -1;
            }
            int j = i + 1;
            int colon = head.indexOf(':', j);
            int k = head.startsWith(name, j) ? j + name.length() : -1;
            if (k < 0 && colon > j && colon - j < 16 && head.startsWith(name, colon + 1)) {
                k = colon + 1 + name.length();
            }
            if (k > 0 && (k >= head.length() || !Character.isLetterOrDigit(head.charAt(k)))) {
                return i;
            }
            from = i + 1;
        }
    }

    private static Optional<Format> byName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String n = stripGz(fileName.toLowerCase(Locale.ROOT));
        if (n.endsWith(".fit")) {
            return Optional.of(Format.FIT);
        }
        if (n.endsWith(".gpx")) {
            return Optional.of(Format.GPX);
        }
        if (n.endsWith(".tcx")) {
            return Optional.of(Format.TCX);
        }
        return Optional.empty();
    }

    private static String stripGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
