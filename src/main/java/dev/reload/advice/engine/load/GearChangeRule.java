package dev.reload.advice.engine.load;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.reload.knee.Severity;

import static dev.reload.advice.engine.load.ActivityHistory.EPSILON;
import static dev.reload.advice.engine.load.HistoryWords.capitalize;
import static dev.reload.advice.engine.load.HistoryWords.day;
import static java.time.temporal.ChronoUnit.DAYS;

/**
 * R6.gear (caution): new shoes, or a change of main surface, within 21 days before the pain began
 * or before a RED week. A change is a reported {@link GearChange}, a pair of shoes not worn before
 * (the history's first pair is not new), or a main surface (the one with the most volume in a
 * week) other than the last week's with sessions on a surface; one finding per day of change, for
 * the first of the pain onset and the RED weeks it comes before.
 */
final class GearChangeRule implements HistoryRule {

    static final String ID = "R6.gear";
    static final String SOURCE = "Reload rules R6.gear, clinical experience";
    static final String EVIDENCE = "Low: a change of shoes or surface is a plausible trigger that clinicians ask about;"
            + " it has not been tested in trials.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<HistoryFinding> findings(ActivityHistory history) {
        List<LocalDate> targets = new ArrayList<>();
        history.painOnset().ifPresent(targets::add);
        targets.addAll(history.redWeekStarts());
        if (targets.isEmpty()) {
            return List.of();
        }
        List<HistoryFinding> findings = new ArrayList<>();
        for (Map.Entry<LocalDate, String> change : changes(history).entrySet()) {
            LocalDate date = change.getKey();
            for (LocalDate target : targets) {
                long before = DAYS.between(date, target);
                if (before >= 0 && before <= history.knobs().gearWindowDays()) {
                    boolean pain = history.painOnset().isPresent()
                            && history.painOnset().get().equals(target);
                    findings.add(new HistoryFinding(
                            ID,
                            Severity.CAUTION,
                            HistoryFinding.Scope.DAY,
                            date,
                            history.activity(),
                            capitalize(change.getValue()) + " on " + day(date) + ", " + before + " days before "
                                    + (pain ? "the pain began" : "a RED week (from " + day(target) + ")") + ".",
                            SOURCE,
                            EVIDENCE));
                    break;
                }
            }
        }
        return findings;
    }

    /** Every change of gear by day, in day order; the words of changes on the same day joined by "; ". */
    private static Map<LocalDate, String> changes(ActivityHistory history) {
        Map<LocalDate, String> changes = new TreeMap<>();
        for (GearChange change : history.gearChanges()) {
            changes.merge(change.date(), describe(change), (a, b) -> a + "; " + b);
        }
        // new shoes: a pair not worn before (the first pair of the history is not new)
        Set<String> seen = new HashSet<>();
        for (HistorySession s : history.sessions()) {
            if (s.shoes() == null || s.shoes().isBlank()) {
                continue;
            }
            String shoes = s.shoes().trim();
            if (seen.add(shoes.toLowerCase(Locale.ROOT)) && seen.size() > 1) {
                changes.merge(s.date(), "new shoes (" + shoes + ")", (a, b) -> a + "; " + b);
            }
        }
        // a change of main surface from one week with sessions to the next
        Map<LocalDate, Map<String, Double>> surfaceByWeek = new TreeMap<>();
        Map<LocalDate, Map<String, LocalDate>> firstUse = new HashMap<>();
        for (HistorySession s : history.sessions()) {
            if (s.surface() == null || s.surface().isBlank()) {
                continue;
            }
            LocalDate monday = s.date().with(DayOfWeek.MONDAY);
            String surface = s.surface().trim().toLowerCase(Locale.ROOT);
            surfaceByWeek
                    .computeIfAbsent(monday, m -> new LinkedHashMap<>())
                    .merge(surface, Math.max(s.volume(), EPSILON), Double::sum);
            firstUse.computeIfAbsent(monday, m -> new HashMap<>()).putIfAbsent(surface, s.date());
        }
        String previousMain = null;
        for (Map.Entry<LocalDate, Map<String, Double>> week : surfaceByWeek.entrySet()) {
            String main = week.getValue().entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            if (previousMain != null && !main.equals(previousMain)) {
                changes.merge(
                        firstUse.get(week.getKey()).get(main),
                        "main surface changed from " + previousMain + " to " + main,
                        (a, b) -> a + "; " + b);
            }
            previousMain = main;
        }
        return changes;
    }

    private static String describe(GearChange change) {
        String what =
                change.description() == null || change.description().isBlank() ? "" : " (" + change.description() + ")";
        return (change.kind() == GearChange.Kind.SHOES ? "new shoes" : "a new main surface") + what;
    }
}
