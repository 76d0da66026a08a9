package dev.reload.account.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.reload.system.web.InvalidFieldException.FieldProblem;

/**
 * The password was right but the second step is missing or wrong (decision 0020): 401 naming
 * {@code code}; or the account is a clinician's without two-step, who gets no token: 403.
 */
class SecondStepException extends ErrorResponseException {

    private SecondStepException(HttpStatus status, String detail, String codeProblem) {
        super(status);
        getBody().setDetail(detail);
        if (codeProblem != null) {
            getBody().setProperty("errors", List.of(new FieldProblem("code", codeProblem)));
        }
    }

    static SecondStepException codeMissing() {
        return new SecondStepException(
                HttpStatus.UNAUTHORIZED,
                "This account uses two-step sign-in: send the code from its authenticator app (or a recovery code)"
                        + " in code.",
                "is required for this account");
    }

    static SecondStepException codeWrong() {
        return new SecondStepException(
                HttpStatus.UNAUTHORIZED,
                "The code is wrong or was already used.",
                "is not the app's current code nor an unused recovery code");
    }

    static SecondStepException enrolmentMissing() {
        return new SecondStepException(
                HttpStatus.FORBIDDEN,
                "Clinician accounts sign in in two steps: turn two-step sign-in on on the account page, then ask"
                        + " for a token with its code.",
                null);
    }
}
