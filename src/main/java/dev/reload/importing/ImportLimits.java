package dev.reload.importing;

/**
 * Bounds that keep a hostile upload from exhausting memory or disk. Bytes are counted while they
 * are read, never taken from an archive's headers.
 *
 * @param maxFileBytes       largest single activity file once unpacked (and un-gzipped)
 * @param maxTotalBytes      most bytes an archive may unpack to in all
 * @param maxEntries         most entries an archive may hold
 * @param maxCompressionRatio largest unpacked:packed ratio of one archive entry
 */
public record ImportLimits(long maxFileBytes, long maxTotalBytes, int maxEntries, int maxCompressionRatio) {

    /** 64 MB a file, 4 GB an archive, 100,000 entries, ratio 200. */
    public static final ImportLimits DEFAULT = new ImportLimits(64L << 20, 4L << 30, 100_000, 200);

    public ImportLimits {
        if (maxFileBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
