package dev.reload.advice.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.reload.knee.ContributorKind;
import dev.reload.knee.TightStructure;

/** R8.tightness — tight hip flexors, calves or hamstrings: their stretches are added. */
final class TightnessRule implements AdviceRule {

    static final String ID = "R8.tightness";

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        Set<TightStructure> tight = s.input().assessment().tight();
        if (tight.isEmpty()) {
            return;
        }
        List<TightStructure> sorted = tight.stream().sorted().toList();
        Set<String> stretches = new LinkedHashSet<>();
        sorted.forEach(t -> stretches.addAll(s.library().stretchesFor(t)));
        String names = sorted.stream()
                .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        Contributors.add(
                s,
                draft,
                ContributorKind.TIGHTNESS,
                "tight " + names,
                List.copyOf(stretches),
                ID,
                "Tight " + names + " change how the knee moves with each stride: a few minutes of stretching"
                        + " after training are added.",
                Sources.ARTICLE);
    }
}
