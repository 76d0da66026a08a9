package dev.reload.exercises;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.reload.knee.Exercise;

import static org.assertj.core.api.Assertions.assertThat;

class IllustrationTests {

    @ParameterizedTest
    @CsvSource({
        "CLAMSHELL_BAND, CLAMSHELL",
        "SIDE_STEP, BAND_WALK",
        "SPLIT_SQUAT_SUPPORTED, SPLIT_SQUAT",
        "SPLIT_JUMP, JUMP",
        "JUMP_SQUAT, JUMP",
        "BOX_SQUAT, SQUAT",
        "SINGLE_LEG_CALF_RAISE, CALF_RAISE",
        "LEG_PRESS_ISOMETRIC, LEG_PRESS",
        "WALL_SIT_ISOMETRIC, WALL_SIT",
        "SOMETHING_NEW, STANDING"
    })
    void eachExerciseTakesTheDrawingOfItsMovementFamily(String id, Illustration expected) {
        assertThat(Illustration.of(id)).isEqualTo(expected);
    }

    @Test
    void onlyAnExerciseWithoutAFamilyGetsTheStandingFigure() {
        for (Exercise exercise : ExerciseLibraryFile.read().exercises()) {
            assertThat(Illustration.of(exercise.id())).as(exercise.id()).isNotEqualTo(Illustration.STANDING);
        }
    }

    @ParameterizedTest
    @EnumSource(Illustration.class)
    void everyDrawingExistsAndHasAltText(Illustration illustration) throws IOException {
        assertThat(getClass().getResource("/static" + illustration.path()))
                .as(illustration.path())
                .isNotNull();
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/exercises.properties")) {
            texts.load(in);
        }
        assertThat(texts.getProperty(illustration.altKey())).isNotBlank();
    }
}
