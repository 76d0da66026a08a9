package dev.reload.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.reload.knee.Knob;

import static org.assertj.core.api.Assertions.assertThat;

/** The knobs form's annotations hold the same bounds as {@link Knob}, each side, naming the field. */
class KnobsFormTests {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    static final PlanKnobs DEFAULTS = new PlanKnobs(
            BigDecimal.TEN, 3, 6, 4, BigDecimal.valueOf(70), BigDecimal.TEN, BigDecimal.valueOf(20), List.of("BRIDGE"));

    @ParameterizedTest
    @EnumSource(value = Knob.class, mode = EnumSource.Mode.EXCLUDE, names = "EXERCISES")
    void theFormRefusesJustOutsideEachBoundAndTakesTheBoundsThemselves(Knob knob) {
        BigDecimal grain = knob.whole() ? BigDecimal.ONE : new BigDecimal("0.01");
        BigDecimal min = BigDecimal.valueOf(knob.min());
        BigDecimal max = BigDecimal.valueOf(knob.max());

        assertThat(invalid(knob, min.subtract(grain))).containsExactly(knob.id());
        assertThat(invalid(knob, max.add(grain))).containsExactly(knob.id());
        assertThat(invalid(knob, min)).isEmpty();
        assertThat(invalid(knob, max)).isEmpty();
        assertThat(invalid(knob, null)).containsExactly(knob.id());
    }

    @org.junit.jupiter.api.Test
    void noExerciseIsRefusedNamingTheField() {
        KnobsForm form = KnobsForm.of(DEFAULTS);
        form.setExercises(List.of());
        assertThat(fields(VALIDATOR.validate(form))).containsExactly("exercises");
        assertThat(form.toProposed().exercises()).isEmpty();
    }

    private static Set<String> invalid(Knob knob, BigDecimal value) {
        KnobsForm form = KnobsForm.of(DEFAULTS);
        Integer whole = value == null ? null : value.intValue();
        switch (knob) {
            case STEP_PERCENT -> form.setStepPercent(value);
            case SESSIONS_PER_WEEK -> form.setSessionsPerWeek(whole);
            case STOP_PAIN -> form.setStopPain(whole);
            case DELOAD_EVERY_WEEKS -> form.setDeloadEveryWeeks(whole);
            case DELOAD_PERCENT -> form.setDeloadPercent(value);
            case STRENGTH_PROGRESS_PERCENT -> form.setStrengthProgressPercent(value);
            case STRENGTH_REGRESS_PERCENT -> form.setStrengthRegressPercent(value);
            case EXERCISES -> throw new IllegalArgumentException();
        }
        return fields(VALIDATOR.validate(form));
    }

    private static Set<String> fields(Set<ConstraintViolation<KnobsForm>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
