package dev.reload.advice.engine;

import java.util.List;

import dev.reload.knee.ContributorKind;
import dev.reload.knee.Severity;

/** Records an R8 contributor with its exercises (from the library) and its finding. */
final class Contributors {

    static void add(
            Situation s,
            AdviceDraft draft,
            ContributorKind kind,
            String evidence,
            String rule,
            String message,
            String source) {
        add(s, draft, kind, evidence, s.library().exercisesFor(kind), rule, message, source);
    }

    static void add(
            Situation s,
            AdviceDraft draft,
            ContributorKind kind,
            String evidence,
            List<String> exercises,
            String rule,
            String message,
            String source) {
        draft.contributors.add(new Contributor(kind, evidence, exercises));
        draft.add(new Finding(rule, Severity.INFO, message, source));
    }

    private Contributors() {}
}
