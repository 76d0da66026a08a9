package dev.reload.importing.gpx;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** GPX tracks made in the test: a run of ten points a minute apart, about 200 m each. */
public final class GpxFiles {

    private GpxFiles() {}

    /** A run that starts at {@code start} (written as UTC, as devices write GPX times). */
    public static byte[] runAt(Instant start) {
        return runAt(start.toString());
    }

    /** A run whose first point has this time text ("0001-01-01T10:00:00Z"), the others a minute apart. */
    public static byte[] runAt(String firstTime) {
        Instant start = Instant.parse(firstTime);
        StringBuilder gpx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<gpx version=\"1.1\" creator=\"reload tests\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
                + "<trk><type>running</type><trkseg>\n");
        for (int i = 0; i < 10; i++) {
            gpx.append("<trkpt lat=\"")
                    .append(52.5 + i * 0.0018)
                    .append("\" lon=\"13.4\"><time>")
                    .append(i == 0 ? firstTime : start.plusSeconds(60L * i).toString())
                    .append("</time></trkpt>\n");
        }
        return gpx.append("</trkseg></trk></gpx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
