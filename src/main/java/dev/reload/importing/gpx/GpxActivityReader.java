package dev.reload.importing.gpx;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import dev.reload.importing.ActivityFileReader;
import dev.reload.importing.ImportedActivity;
import dev.reload.importing.SafeXml;
import dev.reload.importing.SampleTotals;
import dev.reload.importing.SourceFormat;
import dev.reload.importing.UnreadableFileException;
import dev.reload.importing.XmlSports;

/**
 * Reads GPX 1.0 and 1.1 tracks with JPX (lenient mode; DTDs and external entities off through
 * {@link SafeGpxXmlProvider}). All tracks and segments of a file make one activity: distance is the
 * haversine distance within segments, duration runs from the first to the last time stamp. Heart
 * rate and cadence come from Garmin's track point extension where present.
 */
public final class GpxActivityReader implements ActivityFileReader {

    /** One factory per thread: the JDK does not promise that a factory is thread-safe. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::inputFactory);

    private static final int MAX_DEPTH = 64;

    @Override
    public ImportedActivity read(byte[] bytes) throws UnreadableFileException {
        GPX gpx;
        String text = SafeXml.decode(bytes);
        checkWellFormed(text);
        try {
            gpx = GPX.Reader.of(GPX.Reader.Mode.LENIENT).read(new StreamSource(new StringReader(text)));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnreadableFileException("the file is damaged: it is not a valid GPX document", e);
        }
        try {
            return toActivity(gpx);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadableFileException("the file is damaged: it could not be read", e);
        }
    }

    /**
     * A first pass with the safe StAX parser: JPX can loop forever on some malformed documents (found
     * by fuzzing: NUL characters inside {@code <extensions>}), so it only ever sees well-formed XML.
     */
    private static void checkWellFormed(String text) throws UnreadableFileException {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.get().createXMLStreamReader(new StringReader(text));
            int depth = 0;
            boolean root = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!root) {
                        root = true;
                        if (!xml.getLocalName().equals("gpx")) {
                            throw new UnreadableFileException("not a GPX file: it does not start with a gpx element");
                        }
                    }
                    if (++depth > MAX_DEPTH) {
                        throw new UnreadableFileException("the file is damaged: its elements are nested too deeply");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new UnreadableFileException(
                            "the file is damaged: it declares its own document type, which this app does not read");
                }
            }
            if (!root) {
                throw new UnreadableFileException("the file is empty");
            }
        } catch (XMLStreamException | RuntimeException | StackOverflowError e) {
            throw new UnreadableFileException("the file is damaged: it is not a valid GPX document", e);
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

    private static ImportedActivity toActivity(GPX gpx) throws UnreadableFileException {
        SampleTotals samples = new SampleTotals();
        String type = null;
        String name = null;
        for (Track track : gpx.getTracks()) {
            if (type == null) {
                type = track.getType().orElse(null);
            }
            if (name == null) {
                name = track.getName().orElse(null);
            }
            for (TrackSegment segment : track.getSegments()) {
                samples.newSegment();
                for (WayPoint point : segment.getPoints()) {
                    add(samples, point);
                }
            }
        }
        if (samples.count() == 0) {
            if (!gpx.getRoutes().isEmpty()) {
                throw new UnreadableFileException(
                        "not an activity file: it holds a planned route, not a recorded track");
            }
            if (!gpx.getWayPoints().isEmpty()) {
                throw new UnreadableFileException("not an activity file: it holds waypoints, not a recorded track");
            }
            throw new UnreadableFileException("the file holds no recorded track");
        }
        if (samples.timedCount() < 2 || samples.timedCount() * 2 < samples.count()) {
            throw new UnreadableFileException("no timestamps: cannot tell how long it took");
        }
        if (name == null && gpx.getMetadata().isPresent()) {
            name = gpx.getMetadata().get().getName().orElse(null);
        }
        return new ImportedActivity(
                XmlSports.map(type),
                Instant.ofEpochMilli(samples.firstMillis()),
                Duration.ofMillis(samples.elapsedMillis()),
                Duration.ofMillis(samples.movingMillis()),
                samples.distanceMeters(),
                samples.avgHeartRate(),
                samples.maxHeartRate(),
                samples.avgCadence(),
                samples.elevationGain(),
                samples.count(),
                name,
                SourceFormat.GPX);
    }

    private static void add(SampleTotals samples, WayPoint point) {
        long millis = point.getTime().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
        double elevation = point.getElevation().map(e -> e.doubleValue()).orElse(Double.NaN);
        int heartRate = -1;
        int cadence = -1;
        Optional<Document> extensions = point.getExtensions();
        if (extensions.isPresent()) {
            int[] values = {-1, -1};
            scan(extensions.get().getDocumentElement(), values, 0);
            heartRate = values[0];
            cadence = values[1];
        }
        samples.add(
                millis,
                point.getLatitude().doubleValue(),
                point.getLongitude().doubleValue(),
                Double.NaN,
                elevation,
                heartRate,
                cadence);
    }

    /** Finds {@code hr} and {@code cad} elements (Garmin's TrackPointExtension and the like). */
    private static void scan(Node node, int[] values, int depth) {
        if (node == null || depth > 8) {
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            String local = child.getLocalName() != null ? child.getLocalName() : child.getNodeName();
            if (local.equals("hr") || local.equals("heartrate")) {
                values[0] = parseInt(child.getTextContent());
            } else if (local.equals("cad") || local.equals("cadence")) {
                values[1] = parseInt(child.getTextContent());
            } else {
                scan(child, values, depth + 1);
            }
        }
    }

    private static int parseInt(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return value > 0 && value < 255 ? (int) Math.round(value) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
