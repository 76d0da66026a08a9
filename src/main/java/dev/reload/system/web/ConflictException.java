package dev.reload.system.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The request is sound but clashes with what is stored (a check-in restored onto a day that has
 * another): the API answers 409 {@code application/problem+json} with the message as its detail,
 * and nothing is changed.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
