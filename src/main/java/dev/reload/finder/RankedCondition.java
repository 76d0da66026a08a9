package dev.reload.finder;

import java.util.List;

import dev.reload.knee.Condition;

/** One condition's place in the ranking: its points and the clues that gave them, strongest first. */
public record RankedCondition(Condition condition, int score, List<Clue> clues) {

    public RankedCondition {
        clues = List.copyOf(clues);
    }

    /** How well the answers fit, in words a person can read. */
    public Fit fit() {
        if (score >= ConditionFinder.STRONG) {
            return Fit.GOOD;
        }
        if (score >= ConditionFinder.CLEAR) {
            return Fit.PARTLY;
        }
        return score > 0 ? Fit.A_LITTLE : Fit.NONE;
    }

    /** How well the answers fit a condition. */
    public enum Fit {
        GOOD,
        PARTLY,
        A_LITTLE,
        NONE
    }
}
