package org.wirecheck.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 7807 problem document, the body of every error a Wirecheck service returns as
 * {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title a short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail a human sentence about this occurrence, naming the field and the limit where there is one
 * @param instance the request path
 * @param errors one entry per invalid field, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
