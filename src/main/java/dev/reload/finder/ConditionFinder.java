package dev.reload.finder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.reload.knee.Condition;

/**
 * Ranks the six overuse conditions against a person's answers: each condition's score is the sum
 * of the weights of its {@link Clues clues} that the answers show. Pure and deterministic; ties keep
 * the order of {@link #CONDITIONS}.
 */
public final class ConditionFinder {

    /** The six conditions of the article, in the order used to break ties. */
    public static final List<Condition> CONDITIONS = List.of(
            Condition.PATELLOFEMORAL_PAIN,
            Condition.IT_BAND_SYNDROME,
            Condition.PATELLAR_TENDINOPATHY,
            Condition.PES_ANSERINE,
            Condition.OSTEOARTHRITIS_FLARE,
            Condition.BONE_STRESS);

    /** A top score below this is weak evidence: a clinical assessment is recommended. */
    public static final int CLEAR = 4;
    /** A score at or above this fits well. */
    public static final int STRONG = 6;
    /** The top condition must lead the next by at least this many points to stand out. */
    public static final int MARGIN = 2;

    private final List<Clue> clues;

    public ConditionFinder() {
        this(Clues.ALL);
    }

    ConditionFinder(List<Clue> clues) {
        this.clues = List.copyOf(clues);
    }

    public Ranking rank(FinderAnswers answers) {
        Map<Condition, List<Clue>> shown = new EnumMap<>(Condition.class);
        CONDITIONS.forEach(c -> shown.put(c, new ArrayList<>()));
        for (Clue clue : clues) {
            if (clue.test().test(answers)) {
                shown.get(clue.condition()).add(clue);
            }
        }
        List<RankedCondition> ranked = new ArrayList<>();
        for (Condition condition : CONDITIONS) {
            List<Clue> found = shown.get(condition);
            found.sort(Comparator.comparingInt(Clue::weight).reversed());
            ranked.add(new RankedCondition(
                    condition, found.stream().mapToInt(Clue::weight).sum(), found));
        }
        ranked.sort(Comparator.comparingInt(RankedCondition::score)
                .reversed()
                .thenComparingInt(r -> CONDITIONS.indexOf(r.condition())));
        return new Ranking(ranked, notes(answers, ranked));
    }

    private static List<FinderNote> notes(FinderAnswers answers, List<RankedCondition> ranked) {
        List<FinderNote> notes = new ArrayList<>();
        RankedCondition top = ranked.get(0);
        RankedCondition second = ranked.get(1);
        if (Clues.boneStressWarning(answers) || (top.condition() == Condition.BONE_STRESS && top.score() > 0)) {
            notes.add(FinderNote.BONE_STRESS);
        }
        if (answers.unsureWhere()) {
            notes.add(FinderNote.UNSURE);
        }
        if (answers.isEmpty()) {
            notes.add(FinderNote.NO_ANSWERS);
        } else if (top.score() < CLEAR) {
            notes.add(FinderNote.WEAK_EVIDENCE);
        } else if (top.score() - second.score() < MARGIN) {
            notes.add(FinderNote.CLOSE_CALL);
        }
        Integer stiffness = answers.morningStiffnessMinutes();
        if (stiffness != null && stiffness > Clues.LONG_STIFFNESS_MINUTES) {
            notes.add(FinderNote.LONG_STIFFNESS);
        }
        return notes;
    }
}
