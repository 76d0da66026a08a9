package dev.reload.system.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing of that kind with that id belongs to the caller. The API answers 404 whether it does
 * not exist or belongs to someone else, so that existence is not revealed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final List<InvalidFieldException.FieldProblem> problems;

    public NotFoundException(String what, Object id) {
        this("No " + what + " with id " + id + " was found.", List.of());
    }

    /** Not found, with a detail of its own that says why ("is not among your deletions of the last 24 hours"). */
    public NotFoundException(String detail) {
        this(detail, List.of());
    }

    private NotFoundException(String detail, List<InvalidFieldException.FieldProblem> problems) {
        super(detail);
        this.problems = problems;
    }

    /**
     * Not found by what a field of the request holds (an invite code that names no open invite): the
     * API's 404 names the field in {@code errors}, as a 400 does.
     */
    public static NotFoundException byField(String field, String message, String detail) {
        return new NotFoundException(detail, List.of(new InvalidFieldException.FieldProblem(field, message)));
    }

    /** The fields whose values found nothing (empty: the path's id). */
    public List<InvalidFieldException.FieldProblem> problems() {
        return problems;
    }
}
