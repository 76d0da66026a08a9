package dev.reload.exercises.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import dev.reload.exercises.ExerciseCatalogue;
import dev.reload.exercises.Illustration;
import dev.reload.knee.Condition;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseDose;

/** What the exercise pages and the API show of one exercise, worded once for both. */
record ExerciseView(
        Exercise exercise,
        String slug,
        String page,
        Illustration illustration,
        String illustrationAlt,
        String doseText,
        String restText,
        Exercise easier,
        Exercise harder,
        List<ExerciseCatalogue.Use> uses,
        List<Condition> conditions,
        Exercise relative,
        List<Condition> relativeConditions) {

    static ExerciseView of(Exercise exercise, ExerciseCatalogue catalogue, MessageSource messages) {
        Locale locale = Locale.ENGLISH;
        Illustration illustration = Illustration.of(exercise.id());
        String slug = ExerciseCatalogue.slug(exercise.id());
        return new ExerciseView(
                exercise,
                slug,
                "/exercises/" + slug,
                illustration,
                messages.getMessage(illustration.altKey(), null, locale),
                dose(exercise.dose(), messages, locale),
                rest(exercise.dose(), messages, locale),
                catalogue.variant(exercise.easier()).orElse(null),
                catalogue.variant(exercise.harder()).orElse(null),
                catalogue.usesOf(exercise.id()),
                List.copyOf(catalogue.conditionsUsing(exercise.id())),
                catalogue.nearestProgrammeRelative(exercise.id()).orElse(null),
                catalogue
                        .nearestProgrammeRelative(exercise.id())
                        .map(r -> List.copyOf(catalogue.conditionsUsing(r.id())))
                        .orElse(List.of()));
    }

    public String relativeSlug() {
        return relative == null ? null : ExerciseCatalogue.slug(relative.id());
    }

    static String dose(ExerciseDose dose, MessageSource messages, Locale locale) {
        if (dose.holdSec() != null && dose.reps() == 1) {
            return messages.getMessage("exercises.dose.holds", new Object[] {dose.sets(), dose.holdSec()}, locale);
        }
        if (dose.holdSec() != null) {
            return messages.getMessage(
                    "exercises.dose.setsOfHolds", new Object[] {dose.sets(), dose.reps(), dose.holdSec()}, locale);
        }
        return messages.getMessage("exercises.dose.sets", new Object[] {dose.sets(), dose.reps()}, locale);
    }

    static String rest(ExerciseDose dose, MessageSource messages, Locale locale) {
        Integer seconds = dose.restSec();
        if (seconds == null || seconds <= 0) {
            return null;
        }
        if (seconds >= 120 && seconds % 60 == 0) {
            return messages.getMessage("exercises.rest.minutes", new Object[] {seconds / 60}, locale);
        }
        if (seconds >= 120) {
            return messages.getMessage(
                    "exercises.rest.minutesSeconds", new Object[] {seconds / 60, seconds % 60}, locale);
        }
        return messages.getMessage("exercises.rest.seconds", new Object[] {seconds}, locale);
    }
}
