package dev.reload.advice.engine;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.reload.exercises.ExerciseLibraryFile;
import dev.reload.knee.Condition;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseKind;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Programme;

import static org.assertj.core.api.Assertions.assertThat;

/** The exercise library as data: every id of api.md, variants and programmes per condition. */
class ExerciseLibraryTests {

    static final ExerciseLibrary LIBRARY = ExerciseLibraryFile.read();

    static final List<String> API_IDS = List.of(
            "CLAMSHELL",
            "SIDE_LYING_LEG_RAISE",
            "SIDE_PLANK",
            "MONSTER_WALK",
            "BRIDGE",
            "SPLIT_SQUAT",
            "STEP_UP",
            "LEG_PRESS",
            "WALL_SIT",
            "SQUAT",
            "HACK_SQUAT",
            "LEG_PRESS_ISOMETRIC",
            "WALL_SIT_ISOMETRIC",
            "JUMP_SQUAT",
            "SPLIT_JUMP",
            "CALF_RAISE");

    @Test
    void holdsEveryExerciseIdOfTheApiWithAHowToAnEasierAndAHarderVariant() {
        for (String id : API_IDS) {
            Exercise e = LIBRARY.find(id).orElseThrow(() -> new AssertionError(id + " missing"));
            assertThat(e.howTo()).as(id).isNotBlank();
            assertThat(e.target()).as(id).isNotBlank();
            assertThat(e.easier()).as(id).isNotNull();
            assertThat(e.harder()).as(id).isNotNull();
            assertThat(LIBRARY.contains(e.easier())).as(id).isTrue();
            assertThat(LIBRARY.contains(e.harder())).as(id).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Condition.class)
    void hasAProgrammeForEveryCondition(Condition condition) {
        Programme programme = LIBRARY.programmeFor(condition);
        assertThat(programme.exercises()).isNotEmpty().allMatch(LIBRARY::contains);
    }

    @Test
    void buildsTheProgrammesOfR5() {
        assertThat(LIBRARY.programmeFor(Condition.PATELLOFEMORAL_PAIN).exercises())
                .containsExactly(
                        "CLAMSHELL",
                        "SIDE_LYING_LEG_RAISE",
                        "SIDE_PLANK",
                        "MONSTER_WALK",
                        "BRIDGE",
                        "SPLIT_SQUAT",
                        "STEP_UP",
                        "LEG_PRESS",
                        "WALL_SIT");
        assertThat(LIBRARY.programmeFor(Condition.IT_BAND_SYNDROME).id()).isEqualTo("HIP_AND_KNEE");
        Programme tendon = LIBRARY.programmeFor(Condition.PATELLAR_TENDINOPATHY);
        assertThat(tendon).isEqualTo(LIBRARY.programmeFor(Condition.PES_ANSERINE));
        assertThat(tendon.stages())
                .extracting(Programme.Stage::exercises)
                .containsExactly(
                        List.of("LEG_PRESS_ISOMETRIC", "WALL_SIT_ISOMETRIC"),
                        List.of("SQUAT", "LEG_PRESS", "HACK_SQUAT"),
                        List.of("JUMP_SQUAT", "SPLIT_JUMP"));
        assertThat(LIBRARY.programmeFor(Condition.BONE_STRESS).exercises())
                .noneMatch(id -> LIBRARY.find(id).orElseThrow().impact());
    }

    @Test
    void marksOnlyJumpsAsImpact() {
        assertThat(LIBRARY.exercises())
                .filteredOn(Exercise::impact)
                .extracting(Exercise::kind)
                .containsOnly(ExerciseKind.JUMP);
    }

    @Test
    void neverPromisesPainReliefFromIsometricHolds() {
        for (String id : List.of("LEG_PRESS_ISOMETRIC", "WALL_SIT_ISOMETRIC")) {
            assertThat(LIBRARY.find(id).orElseThrow().howTo())
                    .doesNotContainIgnoringCase("will relieve")
                    .doesNotContainIgnoringCase("reduces pain");
        }
    }
}
