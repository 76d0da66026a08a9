package dev.reload.system.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing of that kind with that id belongs to the caller. The API answers 404 whether it does
 * not exist or belongs to someone else, so that existence is not revealed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " with id " + id + " was found.");
    }
}
