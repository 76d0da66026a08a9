package dev.reload.importing.strava;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import dev.reload.importing.ActivityFiles;
import dev.reload.importing.BoundedInput;
import dev.reload.importing.ImportFailure;
import dev.reload.importing.ImportLimits;
import dev.reload.importing.ImportOutcome;
import dev.reload.importing.ImportedActivity;
import dev.reload.importing.SafeZip;
import dev.reload.importing.Sport;
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
 * <p>The archive is read through {@link SafeZip} (refused paths, counted bytes, entry count).
 */
public final class StravaExport implements Closeable {

    public static final String SUMMARY_TABLE = "activities.csv";
    private static final String SUMMARY_SUFFIX = "/activities.csv";

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
            for (StravaRow row : parseSummary(readSummary(zip, summary), limits.maxEntries())) {
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

    private static List<StravaRow> parseSummary(byte[] bytes, int maxRows) throws UnreadableFileException {
        // The header row is read as a plain record: Strava repeats column names ("Elapsed Time",
        // "Distance", "Max Heart Rate"), and each occurrence means something different.
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setIgnoreEmptyLines(true)
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
        int skip =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                        ? 3
                        : 0;
        List<StravaRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(
                new InputStreamReader(
                        new ByteArrayInputStream(bytes, skip, bytes.length - skip), StandardCharsets.UTF_8),
                format)) {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            SummaryColumns columns =
                    new SummaryColumns(records.hasNext() ? records.next().toList() : List.of());
            if (columns.date < 0) {
                throw new UnreadableFileException(
                        "activities.csv has no \"Activity Date\" column: it is not a Strava summary table");
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (rows.size() >= maxRows) {
                    throw new UnreadableFileException("activities.csv lists more than " + maxRows + " activities");
                }
                rows.add(columns.row(record));
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("activities.csv is damaged: it is not a valid CSV table", e);
        }
        return rows;
    }

    /** Column positions; where Strava repeats a name, the first column that holds a value is used. */
    private static final class SummaryColumns {
        final int id;
        final int date;
        final int name;
        final int type;
        final int fileName;
        final int[] elapsed;
        final int[] moving;
        final int[] distance;
        final int[] elevationGain;
        final int[] avgHeartRate;
        final int[] maxHeartRate;
        final int[] avgCadence;

        SummaryColumns(List<String> headers) {
            Map<String, List<Integer>> positions = new HashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                String header =
                        headers.get(i) == null ? "" : headers.get(i).trim().toLowerCase(Locale.ROOT);
                positions.computeIfAbsent(header, k -> new ArrayList<>()).add(i);
            }
            id = first(positions, "activity id");
            date = first(positions, "activity date");
            name = first(positions, "activity name");
            type = first(positions, "activity type");
            fileName = first(positions, "filename");
            elapsed = all(positions, "elapsed time");
            moving = all(positions, "moving time");
            distance = all(positions, "distance");
            elevationGain = all(positions, "elevation gain");
            avgHeartRate = all(positions, "average heart rate");
            maxHeartRate = all(positions, "max heart rate");
            avgCadence = all(positions, "average cadence");
        }

        private static int first(Map<String, List<Integer>> positions, String header) {
            List<Integer> list = positions.get(header);
            return list == null ? -1 : list.get(0);
        }

        private static int[] all(Map<String, List<Integer>> positions, String header) {
            return positions.getOrDefault(header, List.of()).stream()
                    .mapToInt(Integer::intValue)
                    .toArray();
        }

        StravaRow row(CSVRecord record) {
            String file = text(record, fileName);
            return new StravaRow(
                    text(record, id),
                    StravaRow.parseDate(text(record, date)),
                    text(record, name),
                    text(record, type),
                    file == null || file.isBlank() ? null : file.trim(),
                    firstNumber(record, elapsed),
                    firstNumber(record, moving),
                    distanceMeters(record),
                    firstNumber(record, elevationGain),
                    StravaRow.wholeNumber(firstText(record, avgHeartRate)),
                    StravaRow.wholeNumber(firstText(record, maxHeartRate)),
                    StravaRow.wholeNumber(firstText(record, avgCadence)));
        }

        /** The second "Distance" column holds metres; the first, kilometres. */
        private double distanceMeters(CSVRecord record) {
            if (distance.length >= 2) {
                double meters = StravaRow.parseNumber(text(record, distance[1]));
                if (!Double.isNaN(meters)) {
                    return meters;
                }
            }
            if (distance.length >= 1) {
                double kilometres = StravaRow.parseNumber(text(record, distance[0]));
                return Double.isNaN(kilometres) ? Double.NaN : kilometres * 1000;
            }
            return Double.NaN;
        }

        private static double firstNumber(CSVRecord record, int[] columns) {
            for (int column : columns) {
                double value = StravaRow.parseNumber(text(record, column));
                if (!Double.isNaN(value)) {
                    return value;
                }
            }
            return Double.NaN;
        }

        private static String firstText(CSVRecord record, int[] columns) {
            for (int column : columns) {
                String value = text(record, column);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return null;
        }

        private static String text(CSVRecord record, int column) {
            return column >= 0 && column < record.size() ? record.get(column) : null;
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
        if (threads <= 1) {
            for (int i = fromIndex; i < items.size(); i++) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                consumer.accept(read(i));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import-parse");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<ImportOutcome>> pending = new ArrayDeque<>();
        try {
            int next = fromIndex;
            int window = threads * 4;
            while (next < items.size() || !pending.isEmpty()) {
                while (next < items.size() && pending.size() < window) {
                    int index = next++;
                    pending.add(pool.submit(() -> read(index)));
                }
                Future<ImportOutcome> head = pending.poll();
                try {
                    consumer.accept(head.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof UnreadableFileException unreadable) {
                        throw unreadable;
                    }
                    throw new UnreadableFileException("the archive could not be read", e.getCause());
                }
            }
        } finally {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        zip.close();
    }
}
