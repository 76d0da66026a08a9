package dev.reload.knee;

/**
 * The unit a target activity's volume is counted in, with its grain: every computed weekly
 * volume is rounded down to a whole number of grains (rules.md R3).
 */
public enum VolumeUnit {
    KM(0.5),
    MINUTES(5),
    JUMPS(10);

    private static final double EPSILON = 1e-9;

    private final double grain;

    VolumeUnit(double grain) {
        this.grain = grain;
    }

    public double grain() {
        return grain;
    }

    /** The largest whole number of grains not above {@code volume}. */
    public double roundDown(double volume) {
        return Math.floor(volume / grain + EPSILON) * grain;
    }

    /** The smallest whole number of grains not below {@code volume}. */
    public double roundUp(double volume) {
        return Math.ceil(volume / grain - EPSILON) * grain;
    }
}
