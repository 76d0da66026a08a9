package dev.reload.importing;

/**
 * Adds up a stream of samples (track points, FIT records) into totals for files that carry no
 * summary of their own. Missing values are passed as {@code NaN} (or {@code -1} for whole numbers).
 * Not thread-safe: one per file.
 *
 * <p>Distance is the device's cumulative distance where the samples have one, else the great-circle
 * (haversine) distance between consecutive positions of the same segment. Moving time counts the
 * intervals of at most {@value #MAX_MOVING_GAP_SECONDS} s between consecutive samples of a segment
 * in which the speed was at least {@value #MIN_MOVING_SPEED} m/s (or all such intervals when the
 * samples carry neither distance nor position). Elevation gain counts climbs of at least
 * {@value #ELEVATION_HYSTERESIS} m, so that GPS noise does not add up.
 */
public final class SampleTotals {

    static final double EARTH_RADIUS_METERS = 6_371_008.8;
    static final double MAX_MOVING_GAP_SECONDS = 60;
    static final double MIN_MOVING_SPEED = 0.3;
    static final double ELEVATION_HYSTERESIS = 2.0;

    private int count;
    private long firstMillis = Long.MIN_VALUE;
    private long lastMillis = Long.MIN_VALUE;
    private int timedCount;

    // previous sample of the current segment
    private boolean segmentHasPrevious;
    private long prevMillis = Long.MIN_VALUE;
    private double prevLat = Double.NaN;
    private double prevLon = Double.NaN;
    private double prevCumulative = Double.NaN;

    private double haversineDistance;
    private double cumulativeDistance; // sum over segments of the device's cumulative distance increase
    private boolean sawCumulative;
    private boolean sawPositionOrDistance;
    private double movingMillis;

    private double elevationRef = Double.NaN;
    private double elevationGain;
    private boolean sawElevation;

    private long heartRateSum;
    private int heartRateCount;
    private int heartRateMax = -1;
    private long cadenceSum;
    private int cadenceCount;

    /** Starts a new segment: no distance or moving time is counted across the gap. */
    public void newSegment() {
        segmentHasPrevious = false;
        prevMillis = Long.MIN_VALUE;
        prevLat = Double.NaN;
        prevLon = Double.NaN;
        prevCumulative = Double.NaN;
    }

    /**
     * Adds one sample.
     *
     * @param epochMillis time, or {@link Long#MIN_VALUE} when the sample has none
     * @param lat         degrees or NaN
     * @param lon         degrees or NaN
     * @param cumulativeDistance the device's distance so far in metres, or NaN
     * @param elevation   metres or NaN
     * @param heartRate   bpm or -1
     * @param cadence     per minute or -1
     */
    public void add(
            long epochMillis,
            double lat,
            double lon,
            double cumulativeDistance,
            double elevation,
            int heartRate,
            int cadence) {
        count++;
        boolean timed = epochMillis != Long.MIN_VALUE;
        if (timed) {
            timedCount++;
            if (firstMillis == Long.MIN_VALUE || epochMillis < firstMillis) {
                firstMillis = epochMillis;
            }
            if (lastMillis == Long.MIN_VALUE || epochMillis > lastMillis) {
                lastMillis = epochMillis;
            }
        }
        boolean hasPosition = !Double.isNaN(lat) && !Double.isNaN(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
        boolean hasCumulative =
                !Double.isNaN(cumulativeDistance) && cumulativeDistance >= 0 && !Double.isInfinite(cumulativeDistance);
        double step = Double.NaN;
        if (segmentHasPrevious) {
            if (hasCumulative && !Double.isNaN(prevCumulative)) {
                double delta = cumulativeDistance - prevCumulative;
                if (delta > 0) {
                    this.cumulativeDistance += delta;
                    step = delta;
                } else {
                    step = 0;
                }
            }
            if (hasPosition && !Double.isNaN(prevLat) && !sawCumulative) {
                // positions only matter while the device gives no distance of its own
                double d = haversine(prevLat, prevLon, lat, lon);
                haversineDistance += d;
                if (Double.isNaN(step)) {
                    step = d;
                }
            }
            if (timed && prevMillis != Long.MIN_VALUE) {
                long dt = epochMillis - prevMillis;
                if (dt > 0 && dt <= MAX_MOVING_GAP_SECONDS * 1000) {
                    boolean moving =
                            Double.isNaN(step) ? !sawPositionOrDistance : step / (dt / 1000.0) >= MIN_MOVING_SPEED;
                    if (moving) {
                        movingMillis += dt;
                    }
                }
            }
        }
        if (hasCumulative) {
            sawCumulative = true;
            sawPositionOrDistance = true;
            prevCumulative = cumulativeDistance;
        }
        if (hasPosition) {
            sawPositionOrDistance = true;
            prevLat = lat;
            prevLon = lon;
        }
        if (timed) {
            prevMillis = epochMillis;
        }
        segmentHasPrevious = true;

        if (!Double.isNaN(elevation) && !Double.isInfinite(elevation)) {
            sawElevation = true;
            if (Double.isNaN(elevationRef) || elevation < elevationRef) {
                elevationRef = elevation;
            } else if (elevation - elevationRef >= ELEVATION_HYSTERESIS) {
                elevationGain += elevation - elevationRef;
                elevationRef = elevation;
            }
        }
        if (heartRate > 0 && heartRate < 255) {
            heartRateSum += heartRate;
            heartRateCount++;
            heartRateMax = Math.max(heartRateMax, heartRate);
        }
        if (cadence > 0 && cadence < 255) {
            cadenceSum += cadence;
            cadenceCount++;
        }
    }

    public int count() {
        return count;
    }

    public int timedCount() {
        return timedCount;
    }

    /** Earliest sample time in epoch milliseconds, or {@link Long#MIN_VALUE}. */
    public long firstMillis() {
        return firstMillis;
    }

    public long lastMillis() {
        return lastMillis;
    }

    public long elapsedMillis() {
        return firstMillis == Long.MIN_VALUE ? 0 : lastMillis - firstMillis;
    }

    public long movingMillis() {
        return Math.round(movingMillis);
    }

    /** The device's distance where the samples carry it, else the distance between positions. */
    public double distanceMeters() {
        return sawCumulative ? cumulativeDistance : haversineDistance;
    }

    public Double elevationGain() {
        return sawElevation ? elevationGain : null;
    }

    public Integer avgHeartRate() {
        return heartRateCount == 0 ? null : (int) Math.round((double) heartRateSum / heartRateCount);
    }

    public Integer maxHeartRate() {
        return heartRateCount == 0 ? null : heartRateMax;
    }

    public Integer avgCadence() {
        return cadenceCount == 0 ? null : (int) Math.round((double) cadenceSum / cadenceCount);
    }

    /** Great-circle distance in metres between two positions in degrees. */
    public static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double sinPhi = Math.sin(dPhi / 2);
        double sinLambda = Math.sin(dLambda / 2);
        double a = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
