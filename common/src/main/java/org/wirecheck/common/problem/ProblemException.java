package org.wirecheck.common.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by resources and services for an error the caller caused; rendered as {@code application/problem+json} by
 * {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem status must be between 400 and 599, got " + status);
        }
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** 400 for one invalid field, e.g. {@code badField("text", "text must not be empty")}. */
    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, "Invalid request", message, List.of(new Problem.FieldError(field, message)));
    }

    /**
     * 400 for several invalid fields at once, as the services answer a request that fails Bean Validation: the errors
     * sorted by field, the detail "field: message; field: message".
     */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        List<Problem.FieldError> sorted = errors.stream().sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = sorted.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return new ProblemException(400, "Invalid request", detail, sorted);
    }

    /**
     * The articles of a batch request: 400 naming {@code field} when there are none or more than {@code max}; else the
     * list itself.
     */
    public static <T> List<T> requireBatch(String field, List<T> items, int max) {
        if (items == null || items.isEmpty()) {
            throw badField(field, field + " must hold at least one article");
        }
        if (items.size() > max) {
            throw badField(field, field + " holds " + items.size() + " articles; at most " + max + " are accepted");
        }
        return items;
    }

    /** 404 for an id that names nothing. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not found", "No " + what + " with id " + id + ".");
    }

    /** This problem as the document a response carries; {@code instance} is the request path. */
    public Problem toProblem(String instance) {
        return new Problem("about:blank", title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
