package dev.reload.importing.fit;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.CRC;
import com.garmin.fit.DateTime;
import com.garmin.fit.Decode;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.LapMesg;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgListener;
import com.garmin.fit.MesgNum;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SportMesg;
import com.garmin.fit.SubSport;

import dev.reload.importing.ActivityFileReader;
import dev.reload.importing.ImportedActivity;
import dev.reload.importing.SampleTotals;
import dev.reload.importing.SourceFormat;
import dev.reload.importing.UndatedActivityException;
import dev.reload.importing.UnreadableFileException;

/**
 * Reads FIT activity files with Garmin's FIT SDK. Totals come from the file's session messages
 * (else its laps, else its records); chained FIT files are read one after another, each header
 * checked first. Stateless and thread-safe: each call uses its own {@link Decode}.
 */
public final class FitActivityReader implements ActivityFileReader {

    private static final double SEMICIRCLES_TO_DEGREES = 180.0 / 2147483648.0;

    /**
     * FIT {@code date_time} values below {@link DateTime#MIN} ({@code 0x10000000}) are seconds since
     * the device was switched on, not dates (FIT protocol): a start before this instant is no date.
     */
    private static final Instant FIRST_REAL_DATE = Instant.ofEpochMilli(DateTime.MIN * 1000 + DateTime.OFFSET);

    @Override
    public ImportedActivity read(byte[] bytes) throws UnreadableFileException {
        try {
            return decode(bytes);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadableFileException(reasonFor(e), e);
        }
    }

    private static String reasonFor(Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Unexpected end of input")) {
            return "the file ends early";
        }
        if (message.contains("CRC")) {
            return "the file is damaged: its checksum does not match its contents";
        }
        if (message.contains("Header") || message.contains("not FIT format") || message.contains("File Size is 0")) {
            return "the file is damaged: its header is not valid";
        }
        if (message.contains("Protocol version")) {
            return "the file uses a FIT version this app cannot read yet";
        }
        return "the file is damaged: it could not be decoded";
    }

    private ImportedActivity decode(byte[] bytes) throws UnreadableFileException {
        Collector collector = decode(bytes, true);
        if (collector.sawCompressedSpeedDistance && collector.sessions.isEmpty() && collector.laps.isEmpty()) {
            // old devices pack speed and distance into one field: only the SDK's expansion gives the distance
            collector = decode(bytes, false);
        }
        return collector.toActivity();
    }

    /**
     * Decodes every chained FIT file of {@code bytes}. Component expansion (which derives fields such
     * as {@code enhanced_speed} from others) is skipped unless asked for: it costs about half the
     * decoding time and none of the fields read here needs it, except on devices that write
     * {@code compressed_speed_distance}.
     */
    private static Collector decode(byte[] bytes, boolean skipExpansion) throws UnreadableFileException {
        Collector collector = new Collector();
        int offset = 0;
        int files = 0;
        while (offset < bytes.length) {
            int remaining = bytes.length - offset;
            int headerSize = bytes[offset] & 0xff;
            if (remaining < 12
                    || headerSize < 12
                    || headerSize > remaining
                    || bytes[offset + 8] != '.'
                    || bytes[offset + 9] != 'F'
                    || bytes[offset + 10] != 'I'
                    || bytes[offset + 11] != 'T') {
                if (files > 0 && allZero(bytes, offset)) {
                    break; // padding after the last file
                }
                throw new UnreadableFileException(
                        files == 0 && remaining < 12
                                ? "the file ends early"
                                : "the file is damaged: its header is not valid");
            }
            if (headerSize >= 14) {
                int headerCrc = (bytes[offset + 12] & 0xff) | (bytes[offset + 13] & 0xff) << 8;
                if (headerCrc != 0 && headerCrc != crc(bytes, offset, 12)) {
                    throw new UnreadableFileException("the file is damaged: its header is not valid");
                }
            }
            long dataSize = (bytes[offset + 4] & 0xffL)
                    | (bytes[offset + 5] & 0xffL) << 8
                    | (bytes[offset + 6] & 0xffL) << 16
                    | (bytes[offset + 7] & 0xffL) << 24;
            long end = offset + headerSize + dataSize + 2;
            if (end > bytes.length) {
                throw new UnreadableFileException("the file ends early");
            }
            Decode decode = new Decode();
            decode.enableSkipExpandComponents(skipExpansion);
            boolean ok = decode.read(new ByteArrayInputStream(bytes, offset, (int) (end - offset)), collector);
            if (!ok) {
                throw new UnreadableFileException("the file is damaged: it could not be decoded");
            }
            offset = (int) end;
            files++;
        }
        if (files == 0) {
            throw new UnreadableFileException("the file is empty");
        }
        return collector;
    }

    private static boolean allZero(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int crc(byte[] bytes, int offset, int length) {
        int crc = 0;
        for (int i = offset; i < offset + length; i++) {
            crc = CRC.get16(crc, bytes[i]);
        }
        return crc;
    }

    /** What a file says about itself, gathered while it is decoded. */
    private static final class Collector implements MesgListener {
        private File fileType;
        private Long timeCreated;
        private final List<Summary> sessions = new ArrayList<>(2);
        private final List<Summary> laps = new ArrayList<>();
        private com.garmin.fit.Sport sportMesgSport;
        private SubSport sportMesgSubSport;
        private final SampleTotals samples = new SampleTotals();
        private boolean sawCompressedSpeedDistance;
        private Long activityTimestamp;
        private Long activityLocalTimestamp;

        @Override
        public void onMesg(Mesg mesg) {
            switch (mesg.getNum()) {
                case MesgNum.RECORD -> record(mesg);
                case MesgNum.FILE_ID -> {
                    if (fileType == null) {
                        Short type = mesg.getFieldShortValue(FileIdMesg.TypeFieldNum);
                        fileType = type == null ? null : File.getByValue(type);
                        timeCreated = mesg.getFieldLongValue(FileIdMesg.TimeCreatedFieldNum);
                    }
                }
                case MesgNum.ACTIVITY -> {
                    activityTimestamp = mesg.getFieldLongValue(ActivityMesg.TimestampFieldNum);
                    activityLocalTimestamp = mesg.getFieldLongValue(ActivityMesg.LocalTimestampFieldNum);
                }
                case MesgNum.SESSION -> sessions.add(Summary.of(new SessionMesg(mesg)));
                case MesgNum.LAP -> laps.add(Summary.of(new LapMesg(mesg)));
                case MesgNum.SPORT -> {
                    SportMesg sport = new SportMesg(mesg);
                    sportMesgSport = sport.getSport();
                    sportMesgSubSport = sport.getSubSport();
                }
                default -> {}
            }
        }

        private void record(Mesg mesg) {
            Long timestamp = mesg.getFieldLongValue(RecordMesg.TimestampFieldNum);
            long millis = timestamp == null ? Long.MIN_VALUE : timestamp * 1000 + DateTime.OFFSET;
            Integer lat = mesg.getFieldIntegerValue(RecordMesg.PositionLatFieldNum);
            Integer lon = mesg.getFieldIntegerValue(RecordMesg.PositionLongFieldNum);
            Double distance = mesg.getFieldDoubleValue(RecordMesg.DistanceFieldNum);
            if (distance == null && mesg.hasField(RecordMesg.CompressedSpeedDistanceFieldNum)) {
                sawCompressedSpeedDistance = true;
            }
            Double altitude = mesg.getFieldDoubleValue(RecordMesg.EnhancedAltitudeFieldNum);
            if (altitude == null) {
                altitude = mesg.getFieldDoubleValue(RecordMesg.AltitudeFieldNum);
            }
            Short heartRate = mesg.getFieldShortValue(RecordMesg.HeartRateFieldNum);
            Short cadence = mesg.getFieldShortValue(RecordMesg.CadenceFieldNum);
            samples.add(
                    millis,
                    lat == null || lon == null ? Double.NaN : lat * SEMICIRCLES_TO_DEGREES,
                    lat == null || lon == null ? Double.NaN : lon * SEMICIRCLES_TO_DEGREES,
                    distance == null ? Double.NaN : distance,
                    altitude == null ? Double.NaN : altitude,
                    heartRate == null ? -1 : heartRate,
                    cadence == null ? -1 : cadence);
        }

        ImportedActivity toActivity() throws UnreadableFileException {
            if (fileType != null && fileType != File.ACTIVITY) {
                throw new UnreadableFileException(notAnActivity(fileType));
            }
            List<Summary> summaries = !sessions.isEmpty() ? sessions : laps;
            if (summaries.isEmpty() && samples.count() == 0) {
                throw new UnreadableFileException("the file holds no recorded activity");
            }
            Instant start = null;
            double elapsed = 0;
            double moving = 0;
            double distance = 0;
            boolean hasElapsed = false;
            boolean hasMoving = false;
            boolean hasDistance = false;
            double hrWeighted = 0;
            double hrWeight = 0;
            Integer maxHr = null;
            double cadenceWeighted = 0;
            double cadenceWeight = 0;
            Double ascent = null;
            Summary longest = null;
            for (Summary s : summaries) {
                if (s.start() != null && (start == null || s.start().isBefore(start))) {
                    start = s.start();
                }
                if (s.elapsed() != null) {
                    elapsed += s.elapsed();
                    hasElapsed = true;
                }
                Double movingTime = s.moving() != null ? s.moving() : s.timer();
                if (movingTime != null) {
                    moving += movingTime;
                    hasMoving = true;
                }
                if (s.distance() != null) {
                    distance += s.distance();
                    hasDistance = true;
                }
                double weight = s.timer() != null ? s.timer() : s.elapsed() != null ? s.elapsed() : 1;
                if (s.avgHeartRate() != null) {
                    hrWeighted += s.avgHeartRate() * weight;
                    hrWeight += weight;
                }
                if (s.maxHeartRate() != null) {
                    maxHr = maxHr == null ? s.maxHeartRate() : Math.max(maxHr, s.maxHeartRate());
                }
                if (s.avgCadence() != null) {
                    cadenceWeighted += s.avgCadence() * weight;
                    cadenceWeight += weight;
                }
                if (s.ascent() != null) {
                    ascent = (ascent == null ? 0 : ascent) + s.ascent();
                }
                if (longest == null
                        || (s.elapsed() != null && (longest.elapsed() == null || s.elapsed() > longest.elapsed()))) {
                    longest = s;
                }
            }
            if (start == null && samples.firstMillis() != Long.MIN_VALUE) {
                start = Instant.ofEpochMilli(samples.firstMillis());
            }
            if (start == null && timeCreated != null) {
                start = Instant.ofEpochMilli(timeCreated * 1000 + DateTime.OFFSET);
            }
            if (start == null) {
                throw new UnreadableFileException("no timestamps: cannot tell when it happened");
            }
            if (!hasElapsed) {
                elapsed = samples.elapsedMillis() / 1000.0;
            }
            if (!hasMoving) {
                moving = samples.movingMillis() / 1000.0;
            }
            if (!hasDistance) {
                distance = samples.distanceMeters();
            }
            com.garmin.fit.Sport sport = longest != null && longest.sport() != null ? longest.sport() : sportMesgSport;
            SubSport subSport = longest != null && longest.subSport() != null ? longest.subSport() : sportMesgSubSport;
            boolean undated = start.isBefore(FIRST_REAL_DATE);
            ImportedActivity activity = new ImportedActivity(
                    FitSports.map(sport, subSport),
                    start,
                    seconds(elapsed),
                    seconds(Math.min(moving, Math.max(elapsed, moving))),
                    finiteOrZero(distance),
                    hrWeight > 0 ? (Integer) (int) Math.round(hrWeighted / hrWeight) : samples.avgHeartRate(),
                    maxHr != null ? maxHr : samples.maxHeartRate(),
                    cadenceWeight > 0
                            ? (Integer) (int) Math.round(cadenceWeighted / cadenceWeight)
                            : samples.avgCadence(),
                    ascent != null ? ascent : samples.elevationGain(),
                    samples.count(),
                    null,
                    SourceFormat.FIT,
                    undated ? null : localOffset());
            if (undated) {
                throw new UndatedActivityException(activity);
            }
            return activity;
        }

        /**
         * How far the device's local time was ahead of UTC: the activity message's {@code local_timestamp}
         * less its {@code timestamp}, to the minute; null when either is missing, is not a real date, or
         * the difference is not one a time zone has (beyond -12 h .. +14 h).
         */
        private ZoneOffset localOffset() {
            if (activityTimestamp == null
                    || activityLocalTimestamp == null
                    || activityTimestamp < DateTime.MIN
                    || activityLocalTimestamp < DateTime.MIN) {
                return null;
            }
            long minutes = Math.round((activityLocalTimestamp - activityTimestamp) / 60.0);
            return minutes < -12 * 60 || minutes > 14 * 60 ? null : ZoneOffset.ofTotalSeconds((int) minutes * 60);
        }

        private static String notAnActivity(File type) {
            return switch (type) {
                case SETTINGS, DEVICE -> "not an activity file: it holds device settings";
                case MONITORING_A, MONITORING_B, MONITORING_DAILY ->
                    "not an activity file: it holds daily monitoring data";
                case COURSE -> "not an activity file: it holds a planned course";
                case WORKOUT, SCHEDULES -> "not an activity file: it holds a planned workout";
                case SPORT -> "not an activity file: it holds sport settings";
                case TOTALS, ACTIVITY_SUMMARY -> "not an activity file: it holds totals, not a recording";
                default -> "not an activity file";
            };
        }

        private static Duration seconds(double value) {
            if (!(value > 0) || Double.isInfinite(value)) {
                return Duration.ZERO;
            }
            return Duration.ofMillis(Math.round(value * 1000));
        }

        private static double finiteOrZero(double value) {
            return value >= 0 && !Double.isInfinite(value) ? value : 0;
        }
    }

    /** The figures a session or lap message holds; any may be missing. */
    private record Summary(
            Instant start,
            Double elapsed,
            Double timer,
            Double moving,
            Double distance,
            Integer avgHeartRate,
            Integer maxHeartRate,
            Integer avgCadence,
            Double ascent,
            com.garmin.fit.Sport sport,
            SubSport subSport) {

        static Summary of(SessionMesg m) {
            return new Summary(
                    instant(m.getStartTime()),
                    dbl(m.getTotalElapsedTime()),
                    dbl(m.getTotalTimerTime()),
                    dbl(m.getTotalMovingTime()),
                    dbl(m.getTotalDistance()),
                    integer(m.getAvgHeartRate()),
                    integer(m.getMaxHeartRate()),
                    integer(m.getAvgCadence()),
                    dbl(m.getTotalAscent()),
                    m.getSport(),
                    m.getSubSport());
        }

        static Summary of(LapMesg m) {
            return new Summary(
                    instant(m.getStartTime()),
                    dbl(m.getTotalElapsedTime()),
                    dbl(m.getTotalTimerTime()),
                    dbl(m.getTotalMovingTime()),
                    dbl(m.getTotalDistance()),
                    integer(m.getAvgHeartRate()),
                    integer(m.getMaxHeartRate()),
                    integer(m.getAvgCadence()),
                    dbl(m.getTotalAscent()),
                    m.getSport(),
                    m.getSubSport());
        }

        private static Instant instant(DateTime time) {
            return time == null || time.getTimestamp() == null
                    ? null
                    : time.getDate().toInstant();
        }

        private static Double dbl(Number value) {
            if (value == null) {
                return null;
            }
            double d = value.doubleValue();
            return d >= 0 && !Double.isInfinite(d) && !Double.isNaN(d) ? d : null;
        }

        private static Integer integer(Number value) {
            return value == null ? null : value.intValue();
        }
    }
}
