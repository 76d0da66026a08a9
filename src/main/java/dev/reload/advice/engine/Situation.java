package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.Set;

import dev.reload.knee.Condition;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.RedFlag;

/** What the advice rules see: the input, the day, the indexed log and the weekly review's outcome. */
record Situation(
        AdviceInput input,
        LocalDate asOf,
        Knobs knobs,
        LogIndex log,
        WeeklyReview.Result review,
        ExerciseLibrary library) {

    Plan plan() {
        return input.plan();
    }

    Set<RedFlag> redFlags() {
        return input.screening().flagsKnownOn(asOf);
    }

    /** R7.bone-stress applies: the condition, or the night/bony-pain red flag. */
    boolean boneStress() {
        return plan().condition() == Condition.BONE_STRESS || redFlags().contains(RedFlag.NIGHT_BONE_PAIN);
    }
}
