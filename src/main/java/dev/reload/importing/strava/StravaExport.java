package dev.reload.importing.strava;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.reload.importing.ActivityFiles;
import dev.reload.importing.BoundedInput;
import dev.reload.importing.ImportFailure;
import dev.reload.importing.ImportLimits;
import dev.reload.importing.ImportOutcome;
import dev.reload.importing.ImportedActivity;
import dev.reload.importing.SafeZip;
import dev.reload.importing.Sport;
import dev.reload.importing.UndatedActivityException;
import dev.reload.importing.UnreadableFileException;

/**
 * A Strava bulk export (or any ZIP of activity files), read one item at a time.
 *
 * <p>{@link #open} reads only the archive's directory and its {@code activities.csv}; each item (a
 * summary row with its file, or a bare activity file when there is no summary table) is then read
 * on demand with {@link #read(int)}, which is thread-safe, or all of them with
 * {@link #readAll(int, int, Consumer)}, which parses on several threads and hands the outcomes over
 * in order. Items come in a fixed order, so a job can persist them one by one, remember the last
 * index it stored and resume from the next one after a restart.
 *
 * <p>The archive is read through {@link SafeZip} (refused paths, counted bytes, entry count), the
 * summary table by {@link StravaActivitiesCsv}, the items in parallel by {@link OrderedParallelReader}.
 */
public final class StravaExport implements Closeable {

    public static final String SUMMARY_TABLE = "activities.csv";
    private static final String SUMMARY_SUFFIX = "/activities.csv";
    private static final String UNDATED_WITHOUT_ROW =
            "the file has no real date: the device had not set its clock, and the archive has no activities.csv"
                    + " to date it";
    private static final String UNDATED_ROW_WITHOUT_DATE =
            "the file has no real date: the device had not set its clock, and its row in activities.csv has no"
                    + " readable date either";

    private final SafeZip zip;
    private final ImportLimits limits;
    private final List<Item> items;

    /** One thing to import: a summary row (with or without file), a bare file, or a refused entry. */
    private record Item(StravaRow row, String fileName, String refusedReason) {}

    private StravaExport(SafeZip zip, ImportLimits limits, List<Item> items) {
        this.zip = zip;
        this.limits = limits;
        this.items = items;
    }

    /** Opens an export with the default limits. */
    public static StravaExport open(Path zipFile) throws UnreadableFileException {
        return open(zipFile, ImportLimits.DEFAULT);
    }

    /**
     * Opens an export: reads the archive's directory and its summary table.
     *
     * @throws UnreadableFileException when the file is not a ZIP archive, holds too many entries, or its
     *                                 summary table cannot be read at all
     */
    public static StravaExport open(Path zipFile, ImportLimits limits) throws UnreadableFileException {
        return SafeZip.open(zipFile, limits, zip -> new StravaExport(zip, limits, items(zip, limits)));
    }

    /** Summary rows in the table's order (or bare activity files by name), then refused entries. */
    private static List<Item> items(SafeZip zip, ImportLimits limits) throws UnreadableFileException {
        List<String> activityFiles = new ArrayList<>();
        SafeZip.Entry summary = null;
        for (SafeZip.Entry entry : zip.entries()) {
            String name = entry.name();
            if (name.equals(SUMMARY_TABLE)
                    || (summary == null
                            && name.endsWith(SUMMARY_SUFFIX)
                            && name.indexOf('/') == name.lastIndexOf('/'))) {
                if (summary == null || name.equals(SUMMARY_TABLE)) {
                    summary = entry;
                }
            } else if (ActivityFiles.isActivityFileName(name)) {
                activityFiles.add(name);
            }
        }
        List<Item> items = new ArrayList<>();
        if (summary != null) {
            String prefix = summary.name().substring(0, summary.name().length() - SUMMARY_TABLE.length());
            for (StravaRow row : StravaActivitiesCsv.parse(readSummary(zip, summary), limits.maxEntries())) {
                String file = row.fileName() == null ? null : prefix + SafeZip.normalize(row.fileName());
                items.add(new Item(row, file, null));
            }
        } else {
            activityFiles.stream().sorted().forEach(name -> items.add(new Item(null, name, null)));
        }
        for (String name : zip.refusedNames()) {
            items.add(new Item(null, name, SafeZip.REFUSED_PATH));
        }
        return items;
    }

    private static byte[] readSummary(SafeZip zip, SafeZip.Entry summary) throws UnreadableFileException {
        try {
            return zip.read(summary);
        } catch (UnreadableFileException e) {
            throw e.getCause() instanceof BoundedInput.LimitExceededException
                    ? new UnreadableFileException(SUMMARY_TABLE + ": " + e.reason(), e.getCause())
                    : new UnreadableFileException(
                            SUMMARY_TABLE + " is damaged: it could not be unpacked", e.getCause());
        }
    }

    /** Number of items: summary rows (or bare activity files), then refused entries. */
    public int total() {
        return items.size();
    }

    /** Bytes unpacked so far, over all items read. */
    public long unpackedBytes() {
        return zip.unpackedBytes();
    }

    /**
     * Reads item {@code index}. Thread-safe.
     *
     * @throws UnreadableFileException only when the whole archive must stop (it unpacks to more than
     *                                 the archive limit); a single unreadable file is an outcome
     */
    public ImportOutcome read(int index) throws UnreadableFileException {
        Item item = items.get(index);
        if (item.refusedReason() != null) {
            return outcome(index, item.fileName(), null, Optional.empty(), item.fileName(), item.refusedReason());
        }
        StravaRow row = item.row();
        String externalId = row == null ? null : row.activityId();
        Optional<ImportedActivity> fromRow = row == null ? Optional.empty() : row.toActivity();
        if (item.fileName() == null) {
            return fromRow.isPresent()
                    ? new ImportOutcome(index, total(), SUMMARY_TABLE, externalId, fromRow, Optional.empty())
                    : outcome(
                            index,
                            SUMMARY_TABLE,
                            externalId,
                            fromRow,
                            SUMMARY_TABLE + " (activity " + externalId + ")",
                            "the summary row has no readable date: cannot tell when it happened");
        }
        String failure;
        try {
            ImportedActivity fromFile = readFile(item.fileName());
            return new ImportOutcome(
                    index, total(), item.fileName(), externalId, Optional.of(merge(fromFile, row)), Optional.empty());
        } catch (UndatedActivityException e) {
            // the device's clock was not set: the row that names the file knows when it happened
            if (row != null && row.startTime() != null) {
                ImportedActivity dated = merge(e.startingAt(row.startTime()), row);
                return new ImportOutcome(
                        index, total(), item.fileName(), externalId, Optional.of(dated), Optional.empty());
            }
            failure = row == null ? UNDATED_WITHOUT_ROW : UNDATED_ROW_WITHOUT_DATE;
        } catch (UnreadableFileException e) {
            if (SafeZip.stopsTheArchive(e)) {
                throw e;
            }
            failure = e.reason();
        }
        return outcome(
                index,
                item.fileName(),
                externalId,
                fromRow,
                item.fileName(),
                fromRow.isPresent() ? failure + "; imported from the summary row" : failure);
    }

    private ImportOutcome outcome(
            int index,
            String source,
            String externalId,
            Optional<ImportedActivity> activity,
            String failedFile,
            String reason) {
        return new ImportOutcome(
                index, total(), source, externalId, activity, Optional.of(new ImportFailure(failedFile, reason)));
    }

    private ImportedActivity readFile(String name) throws UnreadableFileException {
        return ActivityFiles.read(name, zip.read(name), limits, zip.budget());
    }

    /** The file's figures win; the row adds what the file lacks (its title, its type when the file has none). */
    private static ImportedActivity merge(ImportedActivity fromFile, StravaRow row) {
        if (row == null) {
            return fromFile;
        }
        ImportedActivity merged = fromFile;
        if (row.name() != null && !row.name().isBlank()) {
            merged = merged.withName(row.name());
        }
        if (merged.sport() == Sport.OTHER && row.sport() != Sport.OTHER) {
            merged = merged.withSport(row.sport());
        }
        return merged;
    }

    /**
     * Reads items {@code fromIndex ..} on up to {@code threads} threads and gives each outcome to
     * {@code consumer} on the calling thread, in index order. At most {@code 4 × threads} parsed
     * items wait in memory.
     *
     * @throws UnreadableFileException when the archive as a whole must stop (see {@link #read(int)})
     * @throws InterruptedException    when the calling thread is interrupted; no further item is handed over
     */
    public void readAll(int fromIndex, int threads, Consumer<ImportOutcome> consumer)
            throws UnreadableFileException, InterruptedException {
        OrderedParallelReader.readAll(fromIndex, items.size(), threads, this::read, consumer);
    }

    @Override
    public void close() {
        zip.close();
    }
}
