package dev.botstore.web.error;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The body of every error answer: an RFC 9457 problem. The extension members are null unless they
 * apply, and JSON-B leaves null members out.
 *
 * <p>The two-word names are fixed here rather than left to the naming strategy of
 * {@code JsonConfig}, so the error format cannot change if that strategy ever does.
 *
 * @param type        URI of the kind of problem; {@code about:blank} when the status says it all
 * @param title       short summary of the kind of problem, the same for every occurrence
 * @param status      the HTTP status, repeated for clients that lose the status line
 * @param detail      what went wrong this time, for a human
 * @param instance    the request path
 * @param errors      the offending fields of an invalid input
 * @param errorId     id of a logged unexpected error, for the bug report
 * @param retryAfter  seconds to wait before trying again, as in the {@code Retry-After} header
 */
// JSON-B orders members alphabetically by default; the standard members read better first.
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        @JsonbProperty("error_id") String errorId,
        @JsonbProperty("retry_after") Integer retryAfter) {

    /** One offending field of an invalid input and the rule it breaks. */
    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? null : List.copyOf(errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, errorId, retryAfter);
    }

    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id, retryAfter);
    }

    public Problem withRetryAfter(Integer seconds) {
        return new Problem(type, title, status, detail, instance, errors, errorId, seconds);
    }
}
