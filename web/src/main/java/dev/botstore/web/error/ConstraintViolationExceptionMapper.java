package dev.botstore.web.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bean Validation refusing the input: 400 listing every violated field. Same problem type and title
 * as {@code InvalidInputException}, so clients handle both routes to "your input is wrong" alike.
 * A violated constraint on a return value is the server's bug, not the caller's: a logged 500.
 */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    /** Must equal {@code InvalidInputException.title()}; a unit test holds them together. */
    static final String INVALID_INPUT = "Invalid input";

    private static final Comparator<Problem.FieldError> BY_FIELD = Comparator
            .comparing(Problem.FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Problem.FieldError::message, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        String path = Problems.path(uri);
        if (aboutReturnValue(failure.getConstraintViolations())) {
            return Problems.response(UnexpectedExceptionMapper.report(failure, path));
        }
        return Problems.response(problem(errors(failure.getConstraintViolations()), failure.getMessage(), path));
    }

    static List<Problem.FieldError> errors(Set<ConstraintViolation<?>> violations) {
        if (violations == null) {
            return List.of();
        }
        return violations.stream()
                .map(v -> new Problem.FieldError(ViolationFields.of(v), v.getMessage()))
                .sorted(BY_FIELD)
                .collect(Collectors.toList());
    }

    /** @param fallback the exception message, used only when it came without violations */
    static Problem problem(List<Problem.FieldError> errors, String fallback, String instance) {
        if (errors.isEmpty()) {
            String detail = fallback == null || fallback.isBlank() ? "The input breaks a validation rule" : fallback;
            return Problems.ofKind(INVALID_INPUT, 400, Problems.oneLine(detail), instance);
        }
        String detail = errors.stream()
                .map(e -> e.field() == null ? e.message() : e.field() + ": " + e.message())
                .collect(Collectors.joining("; "));
        return Problems.ofKind(INVALID_INPUT, 400, detail, instance).withErrors(errors);
    }

    private static boolean aboutReturnValue(Set<ConstraintViolation<?>> violations) {
        if (violations == null) {
            return false;
        }
        for (ConstraintViolation<?> v : violations) {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }
}
