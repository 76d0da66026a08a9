package dev.reload.system.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Something this server cannot do as it is set up or as things stand; the API answers 503. */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message) {
        super(message);
    }
}
