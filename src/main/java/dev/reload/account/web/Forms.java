package dev.reload.account.web;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

import dev.reload.system.web.InvalidFieldException;

final class Forms {

    private Forms() {
    }

    /** Shows each problem of a refused request next to its form field, or above the form if it has none. */
    static void reject(BindingResult result, InvalidFieldException e) {
        e.problems().forEach(problem -> {
            String message = capitalize(problem.field()) + " " + problem.message() + ".";
            try {
                result.rejectValue(problem.field(), "invalid", message);
            } catch (NotReadablePropertyException notAField) {
                result.reject("invalid", message);
            }
        });
    }

    private static String capitalize(String field) {
        String words = field.replaceAll("([A-Z])", " $1").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
