package dev.reload.finder;

import dev.reload.knee.Condition;

/** Where each condition's explainer lives in the library ({@code /library/conditions/{slug}}). */
public final class Explainers {

    public static final String BASE = "/library/conditions/";

    private Explainers() {}

    public static String slug(Condition condition) {
        return switch (condition) {
            case PATELLOFEMORAL_PAIN -> "patellofemoral-pain";
            case IT_BAND_SYNDROME -> "it-band-syndrome";
            case PATELLAR_TENDINOPATHY -> "patellar-tendinopathy";
            case PES_ANSERINE -> "pes-anserine-tendinopathy";
            case OSTEOARTHRITIS_FLARE -> "osteoarthritis-flare";
            case BONE_STRESS -> "bone-stress-reaction";
            case UNSURE -> "overuse-knee-pain";
        };
    }

    public static String path(Condition condition) {
        return BASE + slug(condition);
    }
}
