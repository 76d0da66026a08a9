package dev.reload.finder;

import java.util.Objects;
import java.util.function.Predicate;

import dev.reload.knee.Condition;

/**
 * One piece of evidence: when the answers show it, it adds {@code weight} points to one condition
 * (a negative weight counts against it). Its id names the reason shown to the person
 * ({@code finder.clue.<id>} in {@code i18n/finder.properties}).
 */
public record Clue(String id, Condition condition, int weight, Predicate<FinderAnswers> test) {

    public Clue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(test, "test");
        if (weight == 0) {
            throw new IllegalArgumentException("a clue with no weight says nothing: " + id);
        }
    }

    public boolean supports() {
        return weight > 0;
    }

    /** The message key of the reason this clue gives. */
    public String messageKey() {
        return "finder.clue." + id;
    }
}
