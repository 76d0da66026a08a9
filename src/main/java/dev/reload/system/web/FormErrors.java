package dev.reload.system.web;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a refused entry's problems on the HTML form, next to the fields they name. */
public final class FormErrors {

    private FormErrors() {}

    /** Shows each problem of a refused request next to its form field, or above the form if it has none. */
    public static void reject(BindingResult result, InvalidFieldException e) {
        e.problems().forEach(problem -> {
            String message = sentence(problem.field(), problem.message());
            try {
                result.rejectValue(problem.field(), "invalid", message);
            } catch (NotReadablePropertyException notAField) {
                result.reject("invalid", message);
            }
        });
    }

    /** {@code ("painDuring", "must be 0–10")} → "Pain during must be 0–10." */
    public static String sentence(String field, String problem) {
        String words = field.replaceAll("([A-Z])", " $1").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " " + problem + ".";
    }
}
