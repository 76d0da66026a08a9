package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.reload.knee.ContributorKind;

/** R8.gear — new shoes or a change of surface within the 21 days before the pain began. */
final class GearRule implements AdviceRule {

    static final String ID = "R8.gear";
    static final int DAYS = 21;

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        LocalDate onset = s.input().painOnset();
        if (onset == null) {
            return;
        }
        LocalDate from = onset.minusDays(DAYS);
        List<String> evidence = new ArrayList<>();
        Assessment a = s.input().assessment();
        if (within(a.newShoesOn(), from, onset)) {
            evidence.add("new shoes on " + Days.inWords(a.newShoesOn()));
        }
        if (within(a.surfaceChangeOn(), from, onset)) {
            evidence.add("surface changed on " + Days.inWords(a.surfaceChangeOn()));
        }
        String shoes = null;
        String surface = null;
        for (int i = 0; i < s.log().sessions; i++) {
            ActivitySession session = s.log().anySession[i];
            if (session.date().isAfter(onset)) {
                break;
            }
            boolean inWindow = !session.date().isBefore(from);
            if (session.shoes() != null) {
                if (shoes != null && !shoes.equals(session.shoes()) && inWindow) {
                    evidence.add("shoes changed to " + session.shoes() + " on " + Days.inWords(session.date()));
                }
                shoes = session.shoes();
            }
            if (session.surface() != null) {
                if (surface != null && !Objects.equals(surface, session.surface()) && inWindow) {
                    evidence.add("surface changed to " + session.surface() + " on " + Days.inWords(session.date()));
                }
                surface = session.surface();
            }
        }
        if (evidence.isEmpty()) {
            return;
        }
        String text = String.join("; ", evidence.stream().distinct().toList());
        Contributors.add(
                s,
                draft,
                ContributorKind.FOOTWEAR_SURFACE,
                text,
                ID,
                "The pain began within three weeks of a change of gear or ground (" + text + "). Such changes"
                        + " shift the load: bring them in gradually.",
                Sources.ARTICLE);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
