package dev.reload.account.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Email and password do not match an account: 401, without saying which was wrong. */
class WrongCredentialsException extends ErrorResponseException {

    WrongCredentialsException() {
        super(HttpStatus.UNAUTHORIZED);
        getBody().setDetail("The email or the password is wrong.");
    }
}
