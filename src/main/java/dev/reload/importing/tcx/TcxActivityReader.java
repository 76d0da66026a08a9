package dev.reload.importing.tcx;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.reload.importing.ActivityFileReader;
import dev.reload.importing.ImportedActivity;
import dev.reload.importing.SafeXml;
import dev.reload.importing.SampleTotals;
import dev.reload.importing.SourceFormat;
import dev.reload.importing.UnreadableFileException;
import dev.reload.importing.XmlSports;

/**
 * Reads Garmin Training Center (TCX) files with StAX, DTDs and external entities off. The first
 * {@code Activity} of the file is read; its laps give the totals (timer time, distance, heart
 * rate), its track points the elapsed time, elevation gain and, when the laps lack them, the rest.
 */
public final class TcxActivityReader implements ActivityFileReader {

    /** One factory per thread: the JDK does not promise that a factory is thread-safe. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::inputFactory);

    @Override
    public ImportedActivity read(byte[] bytes) throws UnreadableFileException {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.get().createXMLStreamReader(new StringReader(SafeXml.decode(bytes)));
            return new Parse().run(xml);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (XMLStreamException | RuntimeException | StackOverflowError e) {
            throw new UnreadableFileException("the file is damaged: it is not a valid TCX document", e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException | RuntimeException ignored) {
                    // nothing to release that matters
                }
            }
        }
    }

    /** One pass over the document. */
    private static final class Parse {
        private final List<String> path = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final SampleTotals samples = new SampleTotals();

        private boolean sawRoot;
        private boolean inActivity;
        private boolean activityDone;
        private int courses;
        private String sport;
        private Instant activityId;
        private Instant firstLapStart;
        private int laps;
        private double lapSeconds;
        private boolean hasLapSeconds;
        private double currentLapSeconds;
        private double lapDistance;
        private boolean hasLapDistance;
        private double hrWeighted;
        private double hrWeight;
        private Integer maxHr;
        private double cadenceWeighted;
        private double cadenceWeight;

        // the current track point
        private long pointMillis;
        private double lat;
        private double lon;
        private double altitude;
        private double distance;
        private int heartRate;
        private int cadence;

        ImportedActivity run(XMLStreamReader xml) throws XMLStreamException, UnreadableFileException {
            while (xml.hasNext() && !activityDone) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (text.length() < 256) {
                            text.append(xml.getText(), 0, Math.min(xml.getTextLength(), 256));
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {}
                }
            }
            return toActivity();
        }

        private void start(XMLStreamReader xml) throws UnreadableFileException {
            String name = xml.getLocalName();
            if (path.isEmpty()) {
                if (!name.equals("TrainingCenterDatabase")) {
                    throw new UnreadableFileException(
                            "not a TCX file: it does not start with a TrainingCenterDatabase");
                }
                sawRoot = true;
            }
            if (path.size() > 64) {
                throw new UnreadableFileException("the file is damaged: its elements are nested too deeply");
            }
            path.add(name);
            text.setLength(0);
            switch (name) {
                case "Activity" -> {
                    inActivity = true;
                    sport = xml.getAttributeValue(null, "Sport");
                }
                case "Course" -> courses++;
                case "Lap" -> {
                    if (inActivity) {
                        laps++;
                        currentLapSeconds = 0;
                        Instant lapStart = time(xml.getAttributeValue(null, "StartTime"));
                        if (firstLapStart == null) {
                            firstLapStart = lapStart;
                        }
                    }
                }
                case "Track" -> samples.newSegment();
                case "Trackpoint" -> {
                    pointMillis = Long.MIN_VALUE;
                    lat = Double.NaN;
                    lon = Double.NaN;
                    altitude = Double.NaN;
                    distance = Double.NaN;
                    heartRate = -1;
                    cadence = -1;
                }
                default -> {}
            }
        }

        private void end() {
            int size = path.size();
            String name = path.remove(size - 1);
            String parent = size >= 2 ? path.get(size - 2) : "";
            String grandParent = size >= 3 ? path.get(size - 3) : "";
            String value = text.toString().trim();
            text.setLength(0);
            if (!inActivity) {
                return;
            }
            switch (name) {
                case "Activity" -> activityDone = true;
                case "Id" -> {
                    if (parent.equals("Activity")) {
                        activityId = time(value);
                    }
                }
                case "TotalTimeSeconds" -> {
                    if (parent.equals("Lap")) {
                        double seconds = number(value);
                        if (seconds >= 0) {
                            currentLapSeconds = seconds;
                            lapSeconds += seconds;
                            hasLapSeconds = true;
                        }
                    }
                }
                case "DistanceMeters" -> {
                    double meters = number(value);
                    if (parent.equals("Lap") && meters >= 0) {
                        lapDistance += meters;
                        hasLapDistance = true;
                    } else if (parent.equals("Trackpoint")) {
                        distance = meters;
                    }
                }
                case "Value" -> {
                    int bpm = (int) Math.round(number(value));
                    if (bpm <= 0 || bpm >= 255) {
                        return;
                    }
                    if (parent.equals("AverageHeartRateBpm") && grandParent.equals("Lap")) {
                        double weight = currentLapSeconds > 0 ? currentLapSeconds : 1;
                        hrWeighted += bpm * weight;
                        hrWeight += weight;
                    } else if (parent.equals("MaximumHeartRateBpm") && grandParent.equals("Lap")) {
                        maxHr = maxHr == null ? bpm : Math.max(maxHr, bpm);
                    } else if (parent.equals("HeartRateBpm") && grandParent.equals("Trackpoint")) {
                        heartRate = bpm;
                    }
                }
                case "Cadence" -> {
                    int perMinute = (int) Math.round(number(value));
                    if (perMinute <= 0 || perMinute >= 255) {
                        return;
                    }
                    if (parent.equals("Lap")) {
                        double weight = currentLapSeconds > 0 ? currentLapSeconds : 1;
                        cadenceWeighted += perMinute * weight;
                        cadenceWeight += weight;
                    } else if (parent.equals("Trackpoint")) {
                        cadence = perMinute;
                    }
                }
                case "RunCadence" -> {
                    int perMinute = (int) Math.round(number(value));
                    if (perMinute > 0 && perMinute < 255 && path.contains("Trackpoint")) {
                        cadence = perMinute;
                    }
                }
                case "Time" -> {
                    if (parent.equals("Trackpoint")) {
                        Instant t = time(value);
                        pointMillis = t == null ? Long.MIN_VALUE : t.toEpochMilli();
                    }
                }
                case "LatitudeDegrees" -> lat = number(value);
                case "LongitudeDegrees" -> lon = number(value);
                case "AltitudeMeters" -> altitude = number(value);
                case "Trackpoint" -> samples.add(pointMillis, lat, lon, distance, altitude, heartRate, cadence);
                default -> {}
            }
        }

        ImportedActivity toActivity() throws UnreadableFileException {
            if (!sawRoot) {
                throw new UnreadableFileException("the file is empty");
            }
            if (!inActivity) {
                throw new UnreadableFileException(
                        courses > 0 ? "not an activity file: it holds a planned course" : "the file holds no activity");
            }
            if (laps == 0 && samples.count() == 0) {
                throw new UnreadableFileException("the file holds no recorded activity");
            }
            Instant start = activityId != null ? activityId : firstLapStart;
            if (start == null && samples.firstMillis() != Long.MIN_VALUE) {
                start = Instant.ofEpochMilli(samples.firstMillis());
            }
            if (start == null || (!hasLapSeconds && samples.timedCount() < 2)) {
                throw new UnreadableFileException("no timestamps: cannot tell how long it took");
            }
            if (samples.firstMillis() != Long.MIN_VALUE && samples.firstMillis() < start.toEpochMilli()) {
                start = Instant.ofEpochMilli(samples.firstMillis());
            }
            long elapsedMillis = samples.timedCount() >= 2 ? samples.lastMillis() - start.toEpochMilli() : 0;
            long lapMillis = Math.round(lapSeconds * 1000);
            if (hasLapSeconds && lapMillis > elapsedMillis) {
                elapsedMillis = lapMillis;
            }
            long movingMillis = hasLapSeconds ? lapMillis : samples.movingMillis();
            return new ImportedActivity(
                    XmlSports.map(sport),
                    start,
                    Duration.ofMillis(Math.max(0, elapsedMillis)),
                    Duration.ofMillis(Math.max(0, Math.min(movingMillis, elapsedMillis))),
                    hasLapDistance ? lapDistance : samples.distanceMeters(),
                    hrWeight > 0 ? (Integer) (int) Math.round(hrWeighted / hrWeight) : samples.avgHeartRate(),
                    maxHr != null ? maxHr : samples.maxHeartRate(),
                    cadenceWeight > 0
                            ? (Integer) (int) Math.round(cadenceWeighted / cadenceWeight)
                            : samples.avgCadence(),
                    samples.elevationGain(),
                    samples.count(),
                    null,
                    SourceFormat.TCX);
        }

        private static double number(String value) {
            try {
                double d = Double.parseDouble(value);
                return Double.isInfinite(d) ? Double.NaN : d;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        static Instant time(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.trim();
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }
    }
}
