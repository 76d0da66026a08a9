package dev.reload.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.reload.advice.PlanHistory;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Phase;
import dev.reload.knee.Programme;
import dev.reload.log.StrengthView;

/**
 * The progress read model from a plan's course (pure): each series cut to its window and
 * aggregated as decision 0015 says, so ten years of a log draw as few points as ten weeks.
 */
public final class Progresses {

    /** Plan weeks shown week by week (volume, adherence, strength): half a year. */
    public static final int WEEKS_SHOWN = 26;

    /** Days shown day by day (pain against load, the ratio): eight weeks. */
    public static final int DAYS_SHOWN = 56;

    /** Strength days a week in Maintain (R5.maintain: 1–2, the lower end). */
    static final int MAINTAIN_STRENGTH_DAYS = 1;

    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");

    private Progresses() {}

    /** Nothing to chart: the account has no plan. */
    public static Progress noPlan(LocalDate asOf) {
        return new Progress(
                Progress.State.NO_PLAN,
                asOf,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** The read model of {@code history}; the library names the exercises and their variants. */
    public static Progress of(PlanHistory history, ExerciseLibrary library) {
        List<PlanHistory.Week> weeks = history.weeks();
        List<PlanHistory.Week> shownWeeks = weeks.subList(Math.max(0, weeks.size() - WEEKS_SHOWN), weeks.size());
        LocalDate weeksFrom =
                shownWeeks.isEmpty() ? history.planStart() : shownWeeks.get(0).start();
        List<PlanHistory.Day> days = history.days();
        List<PlanHistory.Day> shownDays = days.subList(Math.max(0, days.size() - DAYS_SHOWN), days.size());

        List<Progress.VolumeWeek> volume = new ArrayList<>(shownWeeks.size());
        List<Progress.AdherenceWeek> adherence = new ArrayList<>(shownWeeks.size());
        int plannedStrength = plannedStrengthDays(history.programme());
        for (PlanHistory.Week w : shownWeeks) {
            volume.add(new Progress.VolumeWeek(
                    w.week(),
                    w.start(),
                    w.phase(),
                    w.volume(),
                    w.dose(),
                    history.weeklyGoal(),
                    w.guardFrom(),
                    w.guardTo(),
                    w.light(),
                    w.ended()));
            adherence.add(new Progress.AdherenceWeek(
                    w.week(),
                    w.start(),
                    history.sessionsPerWeek(),
                    w.sessions(),
                    w.phase() == Phase.MAINTAIN ? Math.min(MAINTAIN_STRENGTH_DAYS, plannedStrength) : plannedStrength,
                    w.strengthDays()));
        }
        List<Progress.PainDay> pain = new ArrayList<>(shownDays.size());
        List<Progress.RatioDay> ratio = new ArrayList<>(shownDays.size());
        for (PlanHistory.Day d : shownDays) {
            pain.add(new Progress.PainDay(
                    d.date(),
                    d.volume(),
                    d.painDuring(),
                    d.painAfter(),
                    d.sessions() > 0 ? d.nextMorningPain() : null));
            ratio.add(new Progress.RatioDay(d.date(), d.acuteChronicRatio()));
        }
        List<Progress.StrengthLine> strength = strength(history.strength(), library, weeksFrom);
        boolean anything = days.stream().anyMatch(d -> d.sessions() > 0 || d.nextMorningPain() != null)
                || !history.strength().isEmpty();
        PlanHistory.Lines lines = history.lines();
        return new Progress(
                anything ? Progress.State.READY : Progress.State.NO_DATA,
                history.asOf(),
                new Progress.PlanFacts(
                        history.activity(),
                        history.unit(),
                        history.weeklyGoal(),
                        history.sessionsPerWeek(),
                        history.stepPercent(),
                        history.planStart(),
                        weeks.isEmpty() ? 0 : weeks.get(weeks.size() - 1).week(),
                        weeks.size()),
                new Progress.Lines(
                        lines.amberPain(),
                        lines.redPain(),
                        lines.ratioUnder(),
                        lines.ratioCaution(),
                        lines.ratioHigh()),
                volume,
                weeks.size() > WEEKS_SHOWN ? months(weeks) : List.of(),
                pain,
                ratio,
                strength,
                adherence);
    }

    /**
     * Strength days a week the programme asks for: the lowest number its text states ("2–3" is 2,
     * "daily holds, then 3 (48 h apart)" is 3: the isometric stage's daily holds are not counted as
     * sessions); 0 without a number.
     */
    static int plannedStrengthDays(Programme programme) {
        if (programme == null || programme.sessionsPerWeek() == null) {
            return 0;
        }
        Matcher number = FIRST_NUMBER.matcher(programme.sessionsPerWeek());
        return number.find() ? Integer.parseInt(number.group()) : 0;
    }

    /** Each calendar month's weeks (by the month a week begins in). */
    static List<Progress.VolumeMonth> months(List<PlanHistory.Week> weeks) {
        Map<LocalDate, int[]> counts = new TreeMap<>();
        Map<LocalDate, Double> volumes = new HashMap<>();
        for (PlanHistory.Week w : weeks) {
            LocalDate month = w.start().withDayOfMonth(1);
            int[] c = counts.computeIfAbsent(month, m -> new int[3]);
            c[0]++;
            c[1] += w.sessions();
            if (w.light() == PlanHistory.Light.RED) {
                c[2]++;
            }
            volumes.merge(month, w.volume(), Double::sum);
        }
        List<Progress.VolumeMonth> months = new ArrayList<>(counts.size());
        counts.forEach((month, c) -> months.add(new Progress.VolumeMonth(month, c[0], volumes.get(month), c[1], c[2])));
        return months;
    }

    /**
     * The strength log by exercise family, one point per family and day (the hardest variant that
     * day, then its heaviest load, then its most reps), each marked against the family's previous
     * day (which may be before {@code from}); only points from {@code from} are kept.
     */
    static List<Progress.StrengthLine> strength(List<StrengthView> log, ExerciseLibrary library, LocalDate from) {
        Families families = new Families(library);
        Map<String, List<Progress.StrengthPoint>> lines = new LinkedHashMap<>();
        Map<String, Progress.StrengthPoint> previous = new HashMap<>();
        Map<String, Progress.StrengthPoint> day = new LinkedHashMap<>();
        LocalDate current = null;
        for (StrengthView s : log) {
            if (!s.date().equals(current)) {
                flush(day, previous, lines, from);
                current = s.date();
            }
            String family = families.familyOf(s.exercise());
            Progress.StrengthPoint point = new Progress.StrengthPoint(
                    s.date(),
                    s.exercise(),
                    families.exerciseName(s.exercise()),
                    families.level(s.exercise()),
                    s.loadKg().doubleValue(),
                    s.sets(),
                    s.reps(),
                    s.holdSec(),
                    null);
            day.merge(family, point, (a, b) -> harder(b, a) > 0 ? b : a);
        }
        flush(day, previous, lines, from);
        List<Progress.StrengthLine> result = new ArrayList<>(lines.size());
        lines.forEach(
                (family, points) -> result.add(new Progress.StrengthLine(family, families.familyName(family), points)));
        return result;
    }

    private static void flush(
            Map<String, Progress.StrengthPoint> day,
            Map<String, Progress.StrengthPoint> previous,
            Map<String, List<Progress.StrengthPoint>> lines,
            LocalDate from) {
        for (Map.Entry<String, Progress.StrengthPoint> e : day.entrySet()) {
            Progress.StrengthPoint point = e.getValue();
            Progress.StrengthPoint before = previous.get(e.getKey());
            int compared = before == null ? 0 : harder(point, before);
            Progress.Change change =
                    compared > 0 ? Progress.Change.PROGRESSION : compared < 0 ? Progress.Change.REGRESSION : null;
            Progress.StrengthPoint marked = new Progress.StrengthPoint(
                    point.date(),
                    point.exercise(),
                    point.exerciseName(),
                    point.level(),
                    point.loadKg(),
                    point.sets(),
                    point.reps(),
                    point.holdSec(),
                    change);
            previous.put(e.getKey(), marked);
            if (!point.date().isBefore(from)) {
                lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(marked);
            }
        }
        day.clear();
    }

    /**
     * Positive when {@code a} is harder than {@code b}: a harder variant, or the same variant
     * heavier, or at the same body weight more reps (R5's body-weight progression) or a longer hold.
     */
    static int harder(Progress.StrengthPoint a, Progress.StrengthPoint b) {
        if (a.level() != b.level()) {
            return Integer.compare(a.level(), b.level());
        }
        int load = Double.compare(a.loadKg(), b.loadKg());
        if (load != 0) {
            return load;
        }
        if (a.loadKg() == 0) {
            int reps = Integer.compare(a.reps(), b.reps());
            if (reps != 0) {
                return reps;
            }
        }
        if (a.holdSec() != null && b.holdSec() != null) {
            return Integer.compare(a.holdSec(), b.holdSec());
        }
        return 0;
    }

    /**
     * The catalogue's exercises as families: a variant belongs to the family of the easiest
     * exercise its {@code easier} links lead to; its level is how many steps it is above that one.
     * A family is named after its member in a programme (else its easiest). An exercise the
     * catalogue does not hold is a family of its own.
     */
    static final class Families {

        private final ExerciseLibrary library;
        private final Map<String, String> familyName = new HashMap<>();

        Families(ExerciseLibrary library) {
            this.library = library;
        }

        String familyOf(String exercise) {
            String root = exercise;
            for (int i = 0; i < 10; i++) {
                Optional<Exercise> e = library.find(root);
                if (e.isEmpty() || e.get().easier() == null) {
                    break;
                }
                root = e.get().easier();
            }
            return root;
        }

        int level(String exercise) {
            int level = 0;
            String at = exercise;
            for (int i = 0; i < 10; i++) {
                Optional<Exercise> e = library.find(at);
                if (e.isEmpty() || e.get().easier() == null) {
                    break;
                }
                at = e.get().easier();
                level++;
            }
            return level;
        }

        /** An exercise's name in the catalogue (its id when the catalogue does not hold it). */
        String exerciseName(String id) {
            return library.find(id).map(Exercise::name).orElse(id);
        }

        /** A family's name (given its easiest member's id): its member in a programme, else the easiest. */
        String familyName(String root) {
            return familyName.computeIfAbsent(root, this::lookUp);
        }

        private String lookUp(String id) {
            String at = id;
            for (int i = 0; i < 10 && at != null; i++) {
                String candidate = at;
                boolean inProgramme = library.programmes().stream()
                        .anyMatch(p -> p.exercises().contains(candidate)
                                || p.stages().stream()
                                        .anyMatch(s -> s.exercises().contains(candidate)));
                if (inProgramme) {
                    return library.find(candidate).map(Exercise::name).orElse(candidate);
                }
                at = library.find(candidate).map(Exercise::harder).orElse(null);
            }
            return library.find(id).map(Exercise::name).orElse(id);
        }
    }
}
