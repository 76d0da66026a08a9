package dev.reload.importing.strava;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import dev.reload.importing.UnreadableFileException;

/**
 * The summary table of a Strava export, {@code activities.csv}: which columns Reload reads (Strava
 * repeats some names, and each occurrence means something different), and how Strava writes dates
 * ("Sep 25, 2011, 1:00:22 PM", in UTC) and numbers ("1,234.5"). Stateless.
 */
final class StravaActivitiesCsv {

    private static final DateTimeFormatter[] DATE_FORMATS = {
        DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH),
    };

    // The header row is read as a plain record: Strava repeats column names ("Elapsed Time",
    // "Distance", "Max Heart Rate"), and each occurrence means something different.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(true)
            .setTrailingData(true)
            .setLenientEof(true)
            .get();

    private StravaActivitiesCsv() {}

    /**
     * Reads the table's rows (UTF-8, with or without a byte order mark).
     *
     * @throws UnreadableFileException when the table has no "Activity Date" column, lists more than
     *                                 {@code maxRows} activities, or is not valid CSV
     */
    static List<StravaRow> parse(byte[] bytes, int maxRows) throws UnreadableFileException {
        int skip =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                        ? 3
                        : 0;
        List<StravaRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(
                new InputStreamReader(
                        new ByteArrayInputStream(bytes, skip, bytes.length - skip), StandardCharsets.UTF_8),
                FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            Columns columns = new Columns(records.hasNext() ? records.next().toList() : List.of());
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

    /** Parses "Sep 25, 2011, 1:00:22 PM" (UTC); null when the text is not such a date. */
    static Instant parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normalized =
                text.replace('\u202f', ' ').replace('\u00a0', ' ').trim().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDateTime.parse(normalized, format).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** A number as Strava writes it ("1620", "5.01", "1,234.5"); NaN when empty or not a number. */
    static double parseNumber(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String t = text.trim();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (t.indexOf(',') >= 0) {
            t = t.indexOf('.') >= 0 ? t.replace(",", "") : t.replace(',', '.');
        }
        try {
            double value = Double.parseDouble(t);
            return value >= 0 && !Double.isInfinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A count such as a heart rate or a cadence, rounded; null when missing, zero or above 10,000. */
    static Integer wholeNumber(String text) {
        double value = parseNumber(text);
        return Double.isNaN(value) || value <= 0 || value > 10_000 ? null : (int) Math.round(value);
    }

    /** Column positions; where Strava repeats a name, the first column that holds a value is used. */
    private static final class Columns {
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

        Columns(List<String> headers) {
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
                    parseDate(text(record, date)),
                    text(record, name),
                    text(record, type),
                    file == null || file.isBlank() ? null : file.trim(),
                    firstNumber(record, elapsed),
                    firstNumber(record, moving),
                    distanceMeters(record),
                    firstNumber(record, elevationGain),
                    wholeNumber(firstText(record, avgHeartRate)),
                    wholeNumber(firstText(record, maxHeartRate)),
                    wholeNumber(firstText(record, avgCadence)));
        }

        /** The second "Distance" column holds metres; the first, kilometres. */
        private double distanceMeters(CSVRecord record) {
            if (distance.length >= 2) {
                double meters = parseNumber(text(record, distance[1]));
                if (!Double.isNaN(meters)) {
                    return meters;
                }
            }
            if (distance.length >= 1) {
                double kilometres = parseNumber(text(record, distance[0]));
                return Double.isNaN(kilometres) ? Double.NaN : kilometres * 1000;
            }
            return Double.NaN;
        }

        private static double firstNumber(CSVRecord record, int[] columns) {
            for (int column : columns) {
                double value = parseNumber(text(record, column));
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
}
