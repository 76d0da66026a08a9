package dev.reload.finder;

import java.util.List;

/**
 * The six conditions, best fit first, and the notes that go with them. Education, not diagnosis.
 *
 * @param conditions all six conditions, highest score first
 * @param notes what to do beside the ranking (R7.bone-stress first, then R7.assess)
 */
public record Ranking(List<RankedCondition> conditions, List<FinderNote> notes) {

    public Ranking {
        conditions = List.copyOf(conditions);
        notes = List.copyOf(notes);
    }

    public RankedCondition top() {
        return conditions.get(0);
    }

    /** A clinical assessment is recommended (R7.assess), or needed before impact (R7.bone-stress). */
    public boolean assessRecommended() {
        return !notes.isEmpty();
    }

    public boolean boneStressSuspected() {
        return notes.contains(FinderNote.BONE_STRESS);
    }
}
