package dev.reload.system.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that is well-formed JSON but breaks a rule about one or more of its fields.
 * The API answers it as a 400 {@code application/problem+json} whose {@code errors} name each field.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidFieldException extends RuntimeException {

    /** One bad field: its JSON path as the client sent it ({@code plan.weeklyGoal}) and what is wrong. */
    public record FieldProblem(String field, String message) {}

    private final List<FieldProblem> problems;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidFieldException(List<FieldProblem> problems) {
        super(
                problems.isEmpty()
                        ? "invalid request"
                        : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
