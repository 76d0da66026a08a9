package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Optional;

import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseKind;
import dev.reload.knee.Severity;

/**
 * R5.progress — two sessions in a row with everything done and pain during 3 or less: raise the
 * load 5–10 % (knob; at least 0.5 kg), or for body weight 2 more reps up to 15 then the harder
 * variant. Tendon loading moves by stages instead (isometric → slow heavy resistance at the RM of
 * its week), and only when the next morning is back to baseline. In the preview, the sets and
 * reps logged count as the ones prescribed.
 */
final class StrengthProgressRule implements ExerciseRule {

    static final String ID = "R5.progress";
    static final int MAX_PAIN = 3;
    static final int REP_STEP = 2;
    static final int MAX_REPS = 15;
    static final int SLOW_HEAVY_SETS = 4;
    static final int SLOW_HEAVY_REST_DAYS = 2;

    @Override
    public Optional<StrengthOutcome> judge(ExerciseContext c) {
        if (c.lastPain() > MAX_PAIN) {
            return Optional.empty();
        }
        if (c.previous() == null || c.previousPain() > MAX_PAIN) {
            return Optional.of(new StrengthOutcome.Hold(
                    c.same(),
                    new Finding(
                            StrengthHoldRule.ID,
                            Severity.INFO,
                            c.name() + " went well. One more comfortable session at this dose, then it can go up.",
                            Sources.ARTICLE)));
        }
        if (c.staged()) {
            Optional<StrengthOutcome> notYet = morningNotBack(c);
            if (notYet.isPresent()) {
                return notYet;
            }
            return Optional.of(c.exercise().kind() == ExerciseKind.ISOMETRIC ? toSlowHeavy(c) : nextRmStage(c));
        }
        StrengthSet last = c.last();
        if (last.loadKg() > 0) {
            double load = c.raisedLoad(last.loadKg());
            return progress(
                    c,
                    new Prescription(last.exercise(), last.sets(), last.reps(), load, last.holdSec()),
                    "raise the load to " + Doses.kg(load));
        }
        if (last.reps() < MAX_REPS) {
            int reps = Math.min(last.reps() + REP_STEP, MAX_REPS);
            return progress(
                    c,
                    new Prescription(last.exercise(), last.sets(), reps, 0, last.holdSec()),
                    last.holdSec() == null
                            ? "add two repetitions (" + reps + ")"
                            : "add two holds a set (" + reps + " holds of " + last.holdSec() + " s)");
        }
        if (c.exercise().harder() == null) {
            return Optional.of(new StrengthOutcome.Hold(
                    c.same(),
                    new Finding(
                            StrengthHoldRule.ID,
                            Severity.INFO,
                            c.name() + " is at its top dose: keep it there.",
                            Sources.ARTICLE)));
        }
        Exercise harder = c.situation().library().find(c.exercise().harder()).orElseThrow();
        return progress(
                c,
                new Prescription(
                        harder.id(),
                        harder.dose().sets(),
                        harder.dose().reps(),
                        0,
                        harder.dose().holdSec()),
                "move on to " + harder.name());
    }

    private static Optional<StrengthOutcome> progress(ExerciseContext c, Prescription next, String what) {
        return Optional.of(new StrengthOutcome.Progress(
                next,
                new Finding(
                        ID,
                        Severity.INFO,
                        c.name() + " felt fine twice in a row: " + what + " next time.",
                        Sources.and(Sources.ARTICLE, Sources.CROSSLEY_2016))));
    }

    /** Tendon stages move on only when the morning after the last session is back to baseline. */
    private static Optional<StrengthOutcome> morningNotBack(ExerciseContext c) {
        LogIndex log = c.situation().log();
        long day = c.last().date().toEpochDay();
        int morning = day + 1 <= log.asOf ? log.morningPain(day + 1) : LogIndex.NONE;
        if (morning != LogIndex.NONE && morning <= log.baseline(day)) {
            return Optional.empty();
        }
        String why = morning == LogIndex.NONE
                ? "there is no morning report after the last session yet"
                : "the next morning was not back to the usual level (" + morning + "/10)";
        return Optional.of(new StrengthOutcome.Hold(
                c.same(),
                new Finding(
                        StrengthHoldRule.ID,
                        Severity.INFO,
                        c.name() + ": stay at this stage for now, because " + why
                                + ". A tendon stage moves on only when"
                                + " the session stays under 4/10 and the morning after is back to normal.",
                        c.exercise().kind() == ExerciseKind.ISOMETRIC
                                ? Sources.and(Sources.MALLIARAS_2015, Sources.RIO_2015)
                                : Sources.MALLIARAS_2015)));
    }

    private static StrengthOutcome toSlowHeavy(ExerciseContext c) {
        Exercise next = c.situation().library().find(c.exercise().harder()).orElseThrow();
        int reps = rmForWeek(1);
        Prescription prescription =
                new Prescription(next.id(), SLOW_HEAVY_SETS, reps, c.last().loadKg(), null);
        return new StrengthOutcome.Progress(
                prescription,
                new Finding(
                        ID,
                        Severity.INFO,
                        "The holds are well tolerated: move to slow heavy " + next.name() + ", " + SLOW_HEAVY_SETS
                                + " sets of " + reps + " with a load you could lift " + reps
                                + " times at most, 3 seconds down and 3 seconds up, three times a week with a rest day"
                                + " between.",
                        Sources.and(Sources.MALLIARAS_2015, Sources.KONGSGAARD_2009)));
    }

    private static StrengthOutcome nextRmStage(ExerciseContext c) {
        StrengthSet last = c.last();
        LocalDate start = c.slowHeavyStart() == null ? last.date() : c.slowHeavyStart();
        LocalDate nextSession = last.date().plusDays(SLOW_HEAVY_REST_DAYS);
        if (nextSession.isBefore(c.situation().asOf())) {
            nextSession = c.situation().asOf();
        }
        int week = (int) ((nextSession.toEpochDay() - start.toEpochDay()) / 7) + 1;
        int rm = rmForWeek(week);
        double load = last.loadKg() > 0 ? c.raisedLoad(last.loadKg()) : 0;
        if (rm < last.reps()) {
            return new StrengthOutcome.Progress(
                    new Prescription(last.exercise(), SLOW_HEAVY_SETS, rm, load, null),
                    new Finding(
                            ID,
                            Severity.INFO,
                            c.name() + " moves to the next stage: week " + week + " of slow heavy work is "
                                    + SLOW_HEAVY_SETS + " sets of " + rm + " at a heavier load ("
                                    + Doses.kg(load) + "), 3 seconds down and 3 seconds up.",
                            Sources.KONGSGAARD_2009));
        }
        int reps = Math.min(last.reps(), rm);
        if (load == 0) {
            return new StrengthOutcome.Hold(
                    new Prescription(last.exercise(), SLOW_HEAVY_SETS, reps, 0, null),
                    new Finding(
                            StrengthHoldRule.ID,
                            Severity.INFO,
                            c.name() + " is going well; slow heavy work needs an external load, so add one you can"
                                    + " lift " + reps + " times at most.",
                            Sources.KONGSGAARD_2009));
        }
        return new StrengthOutcome.Progress(
                new Prescription(last.exercise(), SLOW_HEAVY_SETS, reps, load, null),
                new Finding(
                        ID,
                        Severity.INFO,
                        c.name() + " felt fine twice in a row: stay at " + reps + " repetitions and raise the load to "
                                + Doses.kg(load) + ".",
                        Sources.KONGSGAARD_2009));
    }

    /** The repetition maximum of slow heavy resistance week {@code week}: 15, 12, 12, 10, 10, 8, 8, 8, then 6. */
    static int rmForWeek(int week) {
        if (week <= 1) {
            return 15;
        }
        if (week <= 3) {
            return 12;
        }
        if (week <= 5) {
            return 10;
        }
        if (week <= 8) {
            return 8;
        }
        return 6;
    }
}
