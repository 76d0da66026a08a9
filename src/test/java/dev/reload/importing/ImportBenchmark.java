package dev.reload.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.garmin.fit.Activity;
import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DateTime;
import com.garmin.fit.Decode;
import com.garmin.fit.Event;
import com.garmin.fit.EventMesg;
import com.garmin.fit.EventType;
import com.garmin.fit.File;
import com.garmin.fit.FileEncoder;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.LapMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;

import dev.reload.importing.fit.FitActivityReader;
import dev.reload.importing.strava.StravaExport;

/**
 * Import throughput, run by hand (not by surefire, whose excludes name {@code *Benchmark.java}):
 *
 * <pre>
 * ./mvnw -q -B test-compile
 * java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.cp)" dev.reload.importing.ImportBenchmark [activities] [threads]
 * </pre>
 * ({@code ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp} writes the class path.)
 *
 * <p>Generates {@code activities} (1,000) one-hour runs recorded every second with the FIT SDK's
 * {@link FileEncoder}, packs them as {@code activities/N.fit.gz} with an {@code activities.csv} into
 * a Strava-style ZIP, then measures in one run: (a) bare single-threaded FIT SDK decode of the same
 * files from memory, (b) {@link FitActivityReader} on one thread, (c) {@link StravaExport#readAll}
 * over the ZIP on {@code threads} (2) threads. Rates are MB/s of FIT data (uncompressed) and
 * activities per second; each figure is the best of three interleaved rounds after a warm-up.
 */
public final class ImportBenchmark {

    private static final int SECONDS = 3600;

    public static void main(String[] args) throws Exception {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Path.of("target", "benchmark", "import-" + activities);
        Path zip = dir.resolve("export.zip");
        long started = System.nanoTime();
        List<byte[]> files = generate(dir, activities);
        if (!Files.exists(zip)) {
            writeZip(zip, files);
        }
        long fitBytes = files.stream().mapToLong(b -> b.length).sum();
        System.out.printf(
                Locale.ROOT,
                "%d activities, %.1f MB of FIT, ZIP %.1f MB (prepared in %.1f s)%n",
                activities,
                fitBytes / 1e6,
                Files.size(zip) / 1e6,
                (System.nanoTime() - started) / 1e9);

        List<byte[]> warmUp = files.subList(0, Math.min(files.size(), 50));
        bareDecode(warmUp);
        ourReader(warmUp);

        // rounds interleave the three measurements, so that load from other processes hits all alike
        double bare = Double.MAX_VALUE;
        double ours = Double.MAX_VALUE;
        double whole = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            bare = Math.min(bare, time(() -> bareDecode(files)));
            ours = Math.min(ours, time(() -> ourReader(files)));
            whole = Math.min(whole, time(() -> wholeImport(zip, threads, activities)));
        }
        report("(a) bare FIT SDK decode, 1 thread", fitBytes, activities, bare);
        report("(b) FitActivityReader, 1 thread", fitBytes, activities, ours);
        report("(c) StravaExport.readAll, " + threads + " threads", fitBytes, activities, whole);
        System.out.printf(
                Locale.ROOT,
                "per thread: %.0f %% of bare decode (target >= 70 %%); whole import: %.2f x bare"
                        + " single-thread (target >= 1.4); whole ZIP in %.1f s (target well under 30 s)%n",
                100 * bare / ours,
                bare / whole,
                whole);
    }

    /** The generated export of {@code activities} runs (made on first use), for other benchmarks. */
    public static Path prepare(int activities) throws IOException {
        Path dir = Path.of("target", "benchmark", "import-" + activities);
        Path zip = dir.resolve("export.zip");
        List<byte[]> files = generate(dir, activities);
        if (!Files.exists(zip)) {
            writeZip(zip, files);
        }
        return zip;
    }

    interface Timed {
        void run() throws Exception;
    }

    private static double time(Timed timed) throws Exception {
        long t0 = System.nanoTime();
        timed.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void report(String what, long bytes, int activities, double seconds) {
        System.out.printf(
                Locale.ROOT,
                "%-40s %6.2f s  %6.1f MB/s  %7.1f activities/s%n",
                what,
                seconds,
                bytes / 1e6 / seconds,
                activities / seconds);
    }

    private static long sink;

    private static void bareDecode(List<byte[]> files) {
        long messages = 0;
        for (byte[] bytes : files) {
            long[] count = {0};
            new Decode().read(new ByteArrayInputStream(bytes), mesg -> count[0]++);
            messages += count[0];
        }
        sink += messages;
    }

    private static void ourReader(List<byte[]> files) throws UnreadableFileException {
        FitActivityReader reader = new FitActivityReader();
        long samples = 0;
        for (byte[] bytes : files) {
            samples += reader.read(bytes).sampleCount();
        }
        sink += samples;
    }

    private static void wholeImport(Path zip, int threads, int expected) throws Exception {
        AtomicInteger imported = new AtomicInteger();
        try (StravaExport export = StravaExport.open(zip)) {
            export.readAll(0, threads, outcome -> {
                if (outcome.activity().isPresent() && outcome.failure().isEmpty()) {
                    imported.incrementAndGet();
                }
            });
        }
        if (imported.get() != expected) {
            throw new IllegalStateException("imported " + imported.get() + " of " + expected);
        }
    }

    private static List<byte[]> generate(Path dir, int activities) throws IOException {
        Files.createDirectories(dir);
        List<byte[]> files = new ArrayList<>(activities);
        for (int i = 0; i < activities; i++) {
            Path file = dir.resolve(i + ".fit");
            if (!Files.exists(file)) {
                writeActivity(file, i);
            }
            files.add(Files.readAllBytes(file));
        }
        return files;
    }

    /** One hour of running, a record every second, with session, lap and activity messages. */
    static void writeActivity(Path file, int number) {
        Random random = new Random(number);
        Instant start = Instant.parse("2025-01-01T06:00:00Z").plusSeconds(number * 86_400L);
        DateTime startTime = new DateTime(start);
        FileEncoder encoder = new FileEncoder(file.toFile(), com.garmin.fit.Fit.ProtocolVersion.V2_0);
        FileIdMesg fileId = new FileIdMesg();
        fileId.setType(File.ACTIVITY);
        fileId.setManufacturer(Manufacturer.DEVELOPMENT);
        fileId.setProduct(1);
        fileId.setSerialNumber(12345L);
        fileId.setTimeCreated(startTime);
        encoder.write(fileId);
        EventMesg startEvent = new EventMesg();
        startEvent.setTimestamp(startTime);
        startEvent.setEvent(Event.TIMER);
        startEvent.setEventType(EventType.START);
        encoder.write(startEvent);
        double distance = 0;
        double lat = 46.05 + random.nextDouble() * 0.01;
        double lon = 14.50 + random.nextDouble() * 0.01;
        double altitude = 300;
        long heartRateSum = 0;
        RecordMesg record = new RecordMesg();
        for (int s = 0; s < SECONDS; s++) {
            double speed = 2.8 + 0.4 * Math.sin(s / 300.0) + random.nextGaussian() * 0.05;
            distance += speed;
            lat += speed / 111_320.0 * 0.7;
            lon += speed / 77_000.0 * 0.7;
            altitude += random.nextGaussian() * 0.3;
            short heartRate = (short) (140 + 15 * Math.sin(s / 600.0) + random.nextInt(3));
            heartRateSum += heartRate;
            record.setTimestamp(new DateTime(startTime.getTimestamp() + s));
            record.setDistance((float) distance);
            record.setSpeed((float) speed);
            record.setHeartRate(heartRate);
            record.setCadence((short) (85 + random.nextInt(4)));
            record.setPositionLat((int) (lat * 2147483648.0 / 180));
            record.setPositionLong((int) (lon * 2147483648.0 / 180));
            record.setAltitude((float) altitude);
            encoder.write(record);
        }
        DateTime end = new DateTime(startTime.getTimestamp() + SECONDS);
        EventMesg stopEvent = new EventMesg();
        stopEvent.setTimestamp(end);
        stopEvent.setEvent(Event.TIMER);
        stopEvent.setEventType(EventType.STOP_ALL);
        encoder.write(stopEvent);
        LapMesg lap = new LapMesg();
        lap.setTimestamp(end);
        lap.setStartTime(startTime);
        lap.setTotalElapsedTime((float) SECONDS);
        lap.setTotalTimerTime((float) SECONDS);
        lap.setTotalDistance((float) distance);
        lap.setSport(com.garmin.fit.Sport.RUNNING);
        encoder.write(lap);
        SessionMesg session = new SessionMesg();
        session.setTimestamp(end);
        session.setStartTime(startTime);
        session.setTotalElapsedTime((float) SECONDS);
        session.setTotalTimerTime((float) SECONDS);
        session.setTotalDistance((float) distance);
        session.setSport(com.garmin.fit.Sport.RUNNING);
        session.setAvgHeartRate((short) (heartRateSum / SECONDS));
        session.setFirstLapIndex(0);
        session.setNumLaps(1);
        encoder.write(session);
        ActivityMesg activity = new ActivityMesg();
        activity.setTimestamp(end);
        activity.setTotalTimerTime((float) SECONDS);
        activity.setNumSessions(1);
        activity.setType(Activity.MANUAL);
        encoder.write(activity);
        encoder.close();
    }

    private static void writeZip(Path zip, List<byte[]> files) throws IOException {
        DateTimeFormatter stravaDate = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC);
        StringBuilder csv =
                new StringBuilder("Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,"
                        + "Filename,Elapsed Time,Moving Time,Distance\n");
        for (int i = 0; i < files.size(); i++) {
            Instant start = Instant.parse("2025-01-01T06:00:00Z").plusSeconds(i * 86_400L);
            csv.append(i + 1)
                    .append(",\"")
                    .append(stravaDate.format(start))
                    .append("\",Morning Run,Run,3600,10.08,activities/")
                    .append(i + 1)
                    .append(".fit.gz,3600.0,3600.0,10080.0\n");
        }
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry("activities.csv"));
            zipOut.write(csv.toString().getBytes(StandardCharsets.UTF_8));
            zipOut.closeEntry();
            for (int i = 0; i < files.size(); i++) {
                zipOut.putNextEntry(new ZipEntry("activities/" + (i + 1) + ".fit.gz"));
                zipOut.write(TestFiles.gzip(files.get(i)));
                zipOut.closeEntry();
            }
        }
    }
}
