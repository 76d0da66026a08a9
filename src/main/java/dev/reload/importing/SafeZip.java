package dev.reload.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A ZIP archive from an upload, read without trusting it. Thread-safe once opened.
 *
 * <p>Entries whose path is absolute, names a drive or climbs out with {@code ..} are never read:
 * they are listed apart ({@link #refusedNames()}). Bytes are counted while they are unpacked, never
 * taken from the archive's headers, against a per-entry limit (the file limit, or less when the
 * entry's packed size makes more a compression bomb) and against one {@link #budget()} for the whole
 * archive, which also counts what is un-gzipped from inside an entry. An archive with too many
 * entries is refused when it is opened. Nothing is written to disk.
 */
public final class SafeZip implements Closeable {

    /** The reason given for an entry whose path points outside the archive. */
    public static final String REFUSED_PATH = "refused: its path points outside the archive";

    /** Entries smaller than this are never judged by their compression ratio. */
    private static final long RATIO_FLOOR_BYTES = 1 << 20;

    private final ZipFile zip;
    private final ImportLimits limits;
    private final long archiveBytes;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> entriesByName = new HashMap<>();
    private final List<String> refusedNames = new ArrayList<>();
    private final AtomicLong unpacked = new AtomicLong();
    private final BoundedInput.ByteBudget budget;

    /** A readable (non-directory, safely named) entry; {@link #name()} is normalized to forward slashes. */
    public static final class Entry {
        private final String name;
        private final ZipEntry zipEntry;

        private Entry(String name, ZipEntry zipEntry) {
            this.name = name;
            this.zipEntry = zipEntry;
        }

        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Passing the limit for the whole archive: no further entry may be read. */
    private static final class ArchiveLimitExceededException extends BoundedInput.LimitExceededException {
        ArchiveLimitExceededException(String message) {
            super(message);
        }
    }

    private SafeZip(ZipFile zip, ImportLimits limits, long archiveBytes) {
        this.zip = zip;
        this.limits = limits;
        this.archiveBytes = archiveBytes;
        this.budget = n -> {
            if (unpacked.addAndGet(n) > limits.maxTotalBytes()) {
                throw new ArchiveLimitExceededException("the archive unpacks to more than "
                        + (limits.maxTotalBytes() >> 20) + " MB: the import was stopped");
            }
        };
    }

    /** What is read from an archive as it is opened (its table of contents, say); the archive is closed if it fails. */
    @FunctionalInterface
    public interface Opening<T> {
        T read(SafeZip zip) throws UnreadableFileException;
    }

    /**
     * Opens an archive and reads its directory.
     *
     * @throws UnreadableFileException when the file is not a ZIP archive or holds too many entries
     */
    public static SafeZip open(Path file, ImportLimits limits) throws UnreadableFileException {
        return open(file, limits, zip -> zip);
    }

    /**
     * Opens an archive, reads its directory and then what {@code opening} reads from it, and returns
     * that; the archive stays open unless this fails. Any unexpected error is reported as a damaged
     * archive.
     *
     * @throws UnreadableFileException when the file is not a ZIP archive, holds too many entries, or
     *                                 {@code opening} fails
     */
    public static <T> T open(Path file, ImportLimits limits, Opening<T> opening) throws UnreadableFileException {
        ZipFile zip;
        long length;
        try {
            length = Files.size(file);
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new UnreadableFileException("not a ZIP archive, or a damaged one", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("the archive could not be opened", e);
        }
        SafeZip safe = new SafeZip(zip, limits, length);
        try {
            safe.index();
            return opening.read(safe);
        } catch (UnreadableFileException e) {
            safe.close();
            throw e;
        } catch (RuntimeException e) {
            safe.close();
            throw new UnreadableFileException("not a ZIP archive, or a damaged one", e);
        }
    }

    private void index() throws UnreadableFileException {
        if (zip.size() > limits.maxEntries()) {
            throw tooManyEntries();
        }
        int count = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry zipEntry = all.nextElement();
            if (++count > limits.maxEntries()) {
                throw tooManyEntries();
            }
            if (zipEntry.isDirectory()) {
                continue;
            }
            String name = normalize(zipEntry.getName());
            if (!isSafe(name)) {
                refusedNames.add(zipEntry.getName());
                continue;
            }
            Entry entry = new Entry(name, zipEntry);
            entries.add(entry);
            entriesByName.putIfAbsent(name, entry);
        }
        Collections.sort(refusedNames);
    }

    private UnreadableFileException tooManyEntries() {
        return new UnreadableFileException("the archive holds more than " + limits.maxEntries() + " files");
    }

    /** An entry's path as this class names it: forward slashes, without leading {@code ./}. */
    public static String normalize(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("./")) {
            n = n.substring(2);
        }
        return n;
    }

    /** False for absolute paths, drive letters, NUL characters and any {@code ..} segment. */
    static boolean isSafe(String normalizedName) {
        if (normalizedName.isEmpty()
                || normalizedName.startsWith("/")
                || normalizedName.indexOf('\0') >= 0
                || (normalizedName.length() >= 2 && normalizedName.charAt(1) == ':')) {
            return false;
        }
        for (String segment : normalizedName.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The readable entries, in the archive's order; a name may appear twice. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The entries never read because of their path, as the archive names them, sorted. */
    public List<String> refusedNames() {
        return Collections.unmodifiableList(refusedNames);
    }

    /** The first readable entry of this (normalized) name. */
    public Optional<Entry> find(String name) {
        return Optional.ofNullable(entriesByName.get(name));
    }

    /**
     * Unpacks the entry named {@code name} (a path inside the archive, with {@code ./} and back
     * slashes allowed).
     *
     * @throws UnreadableFileException when the name points outside the archive, no entry has it, or
     *                                 {@link #read(Entry)} fails
     */
    public byte[] read(String name) throws UnreadableFileException {
        String normalized = normalize(name);
        if (!isSafe(normalized)) {
            throw new UnreadableFileException(REFUSED_PATH);
        }
        Entry entry =
                find(normalized).orElseThrow(() -> new UnreadableFileException("the file is missing from the archive"));
        return read(entry);
    }

    /**
     * Unpacks one entry, counting its bytes against the entry's limit and the archive's budget.
     *
     * @throws UnreadableFileException with the limit passed (its cause a
     *                                 {@link BoundedInput.LimitExceededException}; see
     *                                 {@link #stopsTheArchive}), or because the entry is damaged
     */
    public byte[] read(Entry entry) throws UnreadableFileException {
        try (InputStream in = zip.getInputStream(entry.zipEntry)) {
            return BoundedInput.readAll(in, entryCap(entry.zipEntry), budget);
        } catch (BoundedInput.LimitExceededException e) {
            throw new UnreadableFileException(limitReason(e, entry.zipEntry), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("the file is damaged: it could not be unpacked", e);
        }
    }

    /**
     * True when {@code e} came from passing the limit for the whole archive, in {@link #read} or while
     * un-gzipping against {@link #budget()}: the archive must stop, not just the entry.
     */
    public static boolean stopsTheArchive(UnreadableFileException e) {
        return e.getCause() instanceof ArchiveLimitExceededException;
    }

    /** The counter of the whole archive, for bytes unpacked from inside an entry (a gzipped file). */
    public BoundedInput.ByteBudget budget() {
        return budget;
    }

    /** Bytes unpacked so far, over all entries read and what was un-gzipped against {@link #budget()}. */
    public long unpackedBytes() {
        return unpacked.get();
    }

    /** The most bytes an entry may unpack to: the file limit, or less when its packed size is small. */
    private long entryCap(ZipEntry entry) {
        long packed = entry.getCompressedSize();
        if (packed < 0 || packed > archiveBytes) {
            packed = archiveBytes;
        }
        long byRatio = Math.max(RATIO_FLOOR_BYTES, packed * limits.maxCompressionRatio());
        return Math.min(limits.maxFileBytes(), byRatio);
    }

    private String limitReason(BoundedInput.LimitExceededException e, ZipEntry entry) {
        if (e instanceof ArchiveLimitExceededException) {
            return e.getMessage();
        }
        return entryCap(entry) < limits.maxFileBytes()
                ? "the file unpacks to far more than its packed size (more than " + limits.maxCompressionRatio()
                        + " times): refused"
                : e.getMessage();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
