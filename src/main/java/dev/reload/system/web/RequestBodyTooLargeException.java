package dev.reload.system.web;

import java.io.IOException;

/** Thrown while a request body is read once it has grown past the API's limit; answered as a 413. */
class RequestBodyTooLargeException extends IOException {

    RequestBodyTooLargeException() {
        super("the request body is larger than the limit");
    }
}
