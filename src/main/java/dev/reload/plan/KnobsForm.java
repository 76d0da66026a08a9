package dev.reload.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.BindingResult;

import dev.reload.system.web.InvalidFieldException;

/**
 * The knobs form (templates/plan/knobs.html, fragment {@code form}): every knob of the plan, each
 * message naming the field's label. The bounds are {@link dev.reload.knee.Knob}'s (KnobsFormTests
 * keeps them equal); what the annotations cannot check (an exercise of each stage) {@link
 * PlanTuning} does, and {@link #reject} puts its answer on the form.
 */
public class KnobsForm {

    @NotNull(message = "{knob.stepPercent.problem}")
    @DecimalMin(value = "5", message = "{knob.stepPercent.problem}")
    @DecimalMax(value = "15", message = "{knob.stepPercent.problem}")
    @Digits(integer = 2, fraction = 2, message = "{knob.stepPercent.problem}")
    private BigDecimal stepPercent;

    @NotNull(message = "{knob.sessionsPerWeek.problem}")
    @Min(value = 1, message = "{knob.sessionsPerWeek.problem}")
    @Max(value = 14, message = "{knob.sessionsPerWeek.problem}")
    private Integer sessionsPerWeek;

    @NotNull(message = "{knob.stopPain.problem}")
    @Min(value = 5, message = "{knob.stopPain.problem}")
    @Max(value = 7, message = "{knob.stopPain.problem}")
    private Integer stopPain;

    @NotNull(message = "{knob.deloadEveryWeeks.problem}")
    @Min(value = 3, message = "{knob.deloadEveryWeeks.problem}")
    @Max(value = 6, message = "{knob.deloadEveryWeeks.problem}")
    private Integer deloadEveryWeeks;

    @NotNull(message = "{knob.deloadPercent.problem}")
    @DecimalMin(value = "60", message = "{knob.deloadPercent.problem}")
    @DecimalMax(value = "80", message = "{knob.deloadPercent.problem}")
    @Digits(integer = 2, fraction = 2, message = "{knob.deloadPercent.problem}")
    private BigDecimal deloadPercent;

    @NotNull(message = "{knob.strengthProgressPercent.problem}")
    @DecimalMin(value = "5", message = "{knob.strengthProgressPercent.problem}")
    @DecimalMax(value = "10", message = "{knob.strengthProgressPercent.problem}")
    @Digits(integer = 2, fraction = 2, message = "{knob.strengthProgressPercent.problem}")
    private BigDecimal strengthProgressPercent;

    @NotNull(message = "{knob.strengthRegressPercent.problem}")
    @DecimalMin(value = "10", message = "{knob.strengthRegressPercent.problem}")
    @DecimalMax(value = "20", message = "{knob.strengthRegressPercent.problem}")
    @Digits(integer = 2, fraction = 2, message = "{knob.strengthRegressPercent.problem}")
    private BigDecimal strengthRegressPercent;

    @NotEmpty(message = "{knob.exercises.problem}")
    private List<String> exercises = new ArrayList<>();

    /** The form filled with the plan's knobs ({@link PlanTuning#knobs}). */
    public static KnobsForm of(PlanKnobs knobs) {
        KnobsForm form = new KnobsForm();
        form.stepPercent = knobs.stepPercent();
        form.sessionsPerWeek = knobs.sessionsPerWeek();
        form.stopPain = knobs.stopPain();
        form.deloadEveryWeeks = knobs.deloadEveryWeeks();
        form.deloadPercent = knobs.deloadPercent();
        form.strengthProgressPercent = knobs.strengthProgressPercent();
        form.strengthRegressPercent = knobs.strengthRegressPercent();
        form.exercises = new ArrayList<>(knobs.exercises());
        return form;
    }

    /** The form's values for {@link PlanTuning#change} or a what-if. */
    public ProposedKnobs toProposed() {
        return new ProposedKnobs(
                stepPercent,
                sessionsPerWeek,
                stopPain,
                deloadEveryWeeks,
                deloadPercent,
                strengthProgressPercent,
                strengthRegressPercent,
                exercises == null ? List.of() : List.copyOf(exercises));
    }

    /**
     * Puts {@link PlanTuning}'s refusal on the form: each knob it names gets the message of its
     * label ({@code knob.<id>.problem}).
     */
    public static void reject(InvalidFieldException refused, BindingResult result) {
        for (InvalidFieldException.FieldProblem problem : refused.problems()) {
            String field = problem.field();
            result.rejectValue(field, "knob." + field + ".problem", problem.message());
        }
    }

    public BigDecimal getStepPercent() {
        return stepPercent;
    }

    public void setStepPercent(BigDecimal stepPercent) {
        this.stepPercent = stepPercent;
    }

    public Integer getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public void setSessionsPerWeek(Integer sessionsPerWeek) {
        this.sessionsPerWeek = sessionsPerWeek;
    }

    public Integer getStopPain() {
        return stopPain;
    }

    public void setStopPain(Integer stopPain) {
        this.stopPain = stopPain;
    }

    public Integer getDeloadEveryWeeks() {
        return deloadEveryWeeks;
    }

    public void setDeloadEveryWeeks(Integer deloadEveryWeeks) {
        this.deloadEveryWeeks = deloadEveryWeeks;
    }

    public BigDecimal getDeloadPercent() {
        return deloadPercent;
    }

    public void setDeloadPercent(BigDecimal deloadPercent) {
        this.deloadPercent = deloadPercent;
    }

    public BigDecimal getStrengthProgressPercent() {
        return strengthProgressPercent;
    }

    public void setStrengthProgressPercent(BigDecimal strengthProgressPercent) {
        this.strengthProgressPercent = strengthProgressPercent;
    }

    public BigDecimal getStrengthRegressPercent() {
        return strengthRegressPercent;
    }

    public void setStrengthRegressPercent(BigDecimal strengthRegressPercent) {
        this.strengthRegressPercent = strengthRegressPercent;
    }

    public List<String> getExercises() {
        return exercises;
    }

    public void setExercises(List<String> exercises) {
        this.exercises = exercises;
    }
}
