package dev.reload.finder;

/**
 * What the finder tells the person beside the ranking, each under the rule of rules.md it applies.
 * The words are {@code finder.note.<NAME>} in {@code i18n/finder.properties}.
 */
public enum FinderNote {
    /** Bone stress is possible: no impact until a clinician has assessed it. */
    BONE_STRESS("R7.bone-stress", true),
    /** The person could not say where it hurts. */
    UNSURE("R7.assess", false),
    /** Too little was answered to point anywhere. */
    NO_ANSWERS("R7.assess", false),
    /** Nothing points clearly to one condition. */
    WEAK_EVIDENCE("R7.assess", false),
    /** Two or more conditions fit about equally well. */
    CLOSE_CALL("R7.assess", false),
    /** Stiffness on waking lasts longer than overuse or a wear-related flare usually gives. */
    LONG_STIFFNESS("R7.assess", false);

    private final String rule;
    private final boolean urgent;

    FinderNote(String rule, boolean urgent) {
        this.rule = rule;
        this.urgent = urgent;
    }

    public String rule() {
        return rule;
    }

    /** True when the note must be read before any further activity. */
    public boolean urgent() {
        return urgent;
    }

    public String messageKey() {
        return "finder.note." + name();
    }
}
