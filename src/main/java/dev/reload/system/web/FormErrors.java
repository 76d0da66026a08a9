package dev.reload.system.web;

import java.util.function.UnaryOperator;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a refused entry's problems on the HTML form, next to the fields they name. */
public final class FormErrors {

    private FormErrors() {}

    /** Shows each problem of a refused request next to its form field, or above the form if it has none. */
    public static void reject(BindingResult result, InvalidFieldException e) {
        reject(result, e, FormErrors::words);
    }

    /**
     * As {@link #reject(BindingResult, InvalidFieldException)}, naming each field by its label on
     * the form ({@code "rpe"} → "Effort must be 0–10.").
     */
    public static void reject(BindingResult result, InvalidFieldException e, UnaryOperator<String> label) {
        e.problems().forEach(problem -> {
            String message = labelled(label.apply(problem.field()), problem.message());
            try {
                result.rejectValue(problem.field(), "invalid", message);
            } catch (NotReadablePropertyException notAField) {
                result.reject("invalid", message);
            }
        });
    }

    /** {@code ("painDuring", "must be 0–10")} → "Pain during must be 0–10." */
    public static String sentence(String field, String problem) {
        return labelled(words(field), problem);
    }

    /** {@code ("Effort", "must be 0–10")} → "Effort must be 0–10." */
    public static String labelled(String label, String problem) {
        return label + " " + problem + ".";
    }

    /** A field's name as words: {@code "painDuring"} → "Pain during". */
    public static String words(String field) {
        String words = field.replaceAll("([A-Z])", " $1").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
