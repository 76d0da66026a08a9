package dev.reload.knee;

/** The overuse knee conditions a plan can be for (api.md), plus "not sure". */
public enum Condition {
    PATELLOFEMORAL_PAIN,
    IT_BAND_SYNDROME,
    PATELLAR_TENDINOPATHY,
    PES_ANSERINE,
    OSTEOARTHRITIS_FLARE,
    BONE_STRESS,
    UNSURE;

    /** Patellar and pes anserine tendinopathy follow the staged tendon loading of R5. */
    public boolean isTendinopathy() {
        return this == PATELLAR_TENDINOPATHY || this == PES_ANSERINE;
    }
}
