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

    /** Not found, with a detail of its own that says why ("is not among your deletions of the last 24 hours"). */
    public NotFoundException(String detail) {
        super(detail);
    }
}
