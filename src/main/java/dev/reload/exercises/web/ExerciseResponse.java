package dev.reload.exercises.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.reload.knee.Condition;
import dev.reload.knee.ExerciseDose;
import dev.reload.knee.ExerciseKind;

/** One exercise of the library in the API. */
@Schema(description = "An exercise of the library: how to do it, its default dose and where it is used")
record ExerciseResponse(
        @Schema(example = "SPLIT_SQUAT") String id,
        @Schema(example = "Split squat") String name,
        @Schema(example = "quadriceps and glutes") String target,
        String howTo,
        ExerciseKind kind,

        @Schema(description = "True for jumps and hops: never prescribed while bone stress is suspected")
        boolean impact,

        @Schema(description = "The default dose: sets × reps (holds for an isometric), hold and rest seconds")
        ExerciseDose dose,

        @Schema(example = "3 sets of 10") String doseText,

        @Schema(
                description = "The easier variant's id, or null at the end of the chain",
                example = "SPLIT_SQUAT_SUPPORTED")
        String easier,

        @Schema(
                description = "The harder variant's id, or null at the end of the chain",
                example = "REAR_FOOT_ELEVATED_SPLIT_SQUAT")
        String harder,

        @Schema(description = "The programmes of rules.md R5 that use it")
        List<ProgrammeUse> programmes,

        @Schema(description = "The conditions whose programmes use it")
        List<Condition> conditions,

        @Schema(example = "/img/exercises/split-squat.svg") String illustration,
        String illustrationAlt,
        @Schema(example = "/exercises/split-squat") String page) {

    @Schema(description = "A programme that uses the exercise, and the stage that names it (null if unstaged)")
    record ProgrammeUse(
            @Schema(example = "HIP_AND_KNEE") String id, String name, String stage, List<Condition> conditions) {}

    static ExerciseResponse of(ExerciseView view) {
        var e = view.exercise();
        return new ExerciseResponse(
                e.id(),
                e.name(),
                e.target(),
                e.howTo(),
                e.kind(),
                e.impact(),
                e.dose(),
                view.doseText(),
                e.easier(),
                e.harder(),
                view.uses().stream()
                        .map(u -> new ProgrammeUse(
                                u.programme().id(),
                                u.programme().name(),
                                u.stage(),
                                u.programme().conditions().stream().sorted().toList()))
                        .toList(),
                view.conditions(),
                view.illustration().path(),
                view.illustrationAlt(),
                view.page());
    }
}
