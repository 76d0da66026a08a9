package dev.reload.exercises;

import java.util.List;
import java.util.Locale;

/**
 * The stick-figure drawings, one per movement family ({@code static/img/exercises/<file>.svg}).
 * An exercise takes the drawing of the first family whose id prefix matches its id; an exercise
 * added to the library later without a family of its own gets the standing figure. The alt text
 * is {@code exercises.illustration.<NAME>} in {@code i18n/exercises.properties}.
 */
public enum Illustration {
    CLAMSHELL("CLAMSHELL"),
    SIDE_LEG_RAISE("SIDE_LYING_LEG_RAISE"),
    SIDE_PLANK("SIDE_PLANK"),
    BAND_WALK("MONSTER_WALK", "SIDE_STEP"),
    BRIDGE("BRIDGE", "SINGLE_LEG_BRIDGE"),
    SPLIT_SQUAT("SPLIT_SQUAT", "REAR_FOOT_ELEVATED_SPLIT_SQUAT"),
    STEP_UP("STEP_UP", "LATERAL_STEP_DOWN"),
    LEG_PRESS("LEG_PRESS", "SINGLE_LEG_PRESS"),
    WALL_SIT("WALL_SIT"),
    JUMP("JUMP_SQUAT", "SPLIT_JUMP", "SINGLE_LEG_HOP"),
    SQUAT("SQUAT", "BOX_SQUAT", "HACK_SQUAT"),
    CALF_RAISE("CALF_RAISE", "SEATED_CALF_RAISE", "SINGLE_LEG_CALF_RAISE"),
    HINGE("ROMANIAN_DEADLIFT", "SINGLE_LEG_DEADLIFT"),
    HIP_FLEXOR_STRETCH("HIP_FLEXOR_STRETCH"),
    CALF_STRETCH("CALF_STRETCH"),
    HAMSTRING_STRETCH("HAMSTRING_STRETCH"),
    STANDING();

    private final List<String> prefixes;

    Illustration(String... prefixes) {
        this.prefixes = List.of(prefixes);
    }

    public static Illustration of(String exerciseId) {
        for (Illustration illustration : values()) {
            if (illustration.prefixes.stream().anyMatch(exerciseId::startsWith)) {
                return illustration;
            }
        }
        return STANDING;
    }

    /** The drawing's address below the application's root. */
    public String path() {
        return "/img/exercises/" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".svg";
    }

    public String altKey() {
        return "exercises.illustration." + name();
    }
}
