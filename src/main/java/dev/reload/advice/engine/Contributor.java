package dev.reload.advice.engine;

import java.util.List;

import dev.reload.knee.ContributorKind;

/** A contributor found by R8: what it is, the evidence, and the exercises it adds or emphasizes. */
public record Contributor(ContributorKind id, String evidence, List<String> exercises) {

    public Contributor {
        exercises = List.copyOf(exercises);
    }
}
