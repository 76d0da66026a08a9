package dev.reload.plan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import dev.reload.knee.Plausible;

/**
 * A date a person gives lies in {@link Plausible}'s range: from 1900-01-01 to two years after
 * today (api.md, "Limits"). An absent date passes; {@code @NotNull} says whether it may be absent.
 * It lives in {@code plan}, the lowest feature that can hold a Bean Validation constraint and read
 * the vocabulary: every feature whose requests carry dates ({@code plan}, {@code log},
 * {@code advice}, {@code history}) may use it.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    /** Replaced by the range itself ("must be between 1900-01-01 and …"), which depends on today. */
    String message() default "must be a plausible date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
