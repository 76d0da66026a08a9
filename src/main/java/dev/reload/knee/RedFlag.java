package dev.reload.knee;

/** The screening's red flags (R7): the first four need urgent care, the others a clinician first. */
public enum RedFlag {
    HOT_SWOLLEN_FEVER(true),
    CANNOT_BEAR_WEIGHT(true),
    CALF_PAIN_SWELLING(true),
    NUMBNESS_WEAKNESS(true),
    LOCKING(false),
    CATCHING(false),
    GIVING_WAY(false),
    SIGNIFICANT_SWELLING(false),
    POP_OR_INJURY_MOMENT(false),
    SEVERE_DAILY_PAIN(false),
    NIGHT_BONE_PAIN(false),
    WEIGHT_LOSS_OR_CANCER(false);

    private final boolean urgent;

    RedFlag(boolean urgent) {
        this.urgent = urgent;
    }

    public boolean urgent() {
        return urgent;
    }
}
