package dev.reload.importing.fit;

import java.time.Duration;
import java.time.Instant;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;

/**
 * FIT files made in the test with the FIT SDK's encoder: a 30-minute run of 5 km with a record
 * every 10 seconds, its session and its activity message, dated as the test needs.
 */
public final class FitFiles {

    /** The run's length. */
    public static final Duration RUN = Duration.ofMinutes(30);

    private static final int SECONDS = (int) RUN.toSeconds();

    private FitFiles() {}

    /** A run that starts at {@code start}; no local time in its activity message. */
    public static byte[] runAt(Instant start) {
        return run(fitSeconds(start), null);
    }

    /** A run that starts at {@code start}, its activity message saying local time was {@code offset} ahead of UTC. */
    public static byte[] runAt(Instant start, Duration offset) {
        return run(fitSeconds(start), offset.toSeconds());
    }

    /**
     * A run from a device whose clock was not set: its times are {@code secondsSincePowerOn} and on,
     * seconds since it was switched on (FIT {@code date_time} values below {@code 0x10000000}).
     */
    public static byte[] runOfADeviceWithoutClock(long secondsSincePowerOn) {
        if (secondsSincePowerOn + SECONDS >= DateTime.MIN) {
            throw new IllegalArgumentException("not a time since power-on");
        }
        return run(secondsSincePowerOn, null);
    }

    /** Seconds since the FIT epoch, 1989-12-31 00:00 UTC. */
    public static long fitSeconds(Instant instant) {
        return (instant.toEpochMilli() - DateTime.OFFSET) / 1000;
    }

    private static byte[] run(long start, Long localOffsetSeconds) {
        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        FileIdMesg fileId = new FileIdMesg();
        fileId.setType(File.ACTIVITY);
        fileId.setManufacturer(Manufacturer.DEVELOPMENT);
        fileId.setProduct(1);
        fileId.setSerialNumber(4242L);
        fileId.setTimeCreated(new DateTime(start));
        encoder.write(fileId);
        RecordMesg record = new RecordMesg();
        for (int s = 0; s <= SECONDS; s += 10) {
            record.setTimestamp(new DateTime(start + s));
            record.setDistance((float) (5000.0 * s / SECONDS));
            record.setHeartRate((short) 140);
            encoder.write(record);
        }
        DateTime end = new DateTime(start + SECONDS);
        SessionMesg session = new SessionMesg();
        session.setTimestamp(end);
        session.setStartTime(new DateTime(start));
        session.setTotalElapsedTime((float) SECONDS);
        session.setTotalTimerTime((float) SECONDS);
        session.setTotalDistance(5000f);
        session.setSport(Sport.RUNNING);
        encoder.write(session);
        ActivityMesg activity = new ActivityMesg();
        activity.setTimestamp(end);
        activity.setTotalTimerTime((float) SECONDS);
        activity.setNumSessions(1);
        activity.setType(com.garmin.fit.Activity.MANUAL);
        if (localOffsetSeconds != null) {
            activity.setLocalTimestamp(start + SECONDS + localOffsetSeconds);
        }
        encoder.write(activity);
        return encoder.close();
    }
}
