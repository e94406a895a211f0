package dev.botstore.web.error;

import dev.botstore.api.error.BotstoreException;
import dev.botstore.api.error.ConflictException;
import dev.botstore.api.error.DatabaseNotReadyException;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.error.PayloadTooLargeException;
import dev.botstore.api.error.PreconditionFailedException;
import dev.botstore.api.error.RangeNotSatisfiableException;
import dev.botstore.api.error.TransientConflictException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The failures the application reports on purpose. Each kind gets its own problem type, titled with
 * {@link BotstoreException#title()}; the detail is the exception message, which the api writes
 * for the caller.
 */
@Provider
public class BotstoreExceptionMapper implements ExceptionMapper<BotstoreException> {

    private static final Logger LOG = Logger.getLogger(BotstoreExceptionMapper.class.getName());
    private static final Set<Class<?>> REPORTED_UNMAPPED = ConcurrentHashMap.newKeySet();

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(BotstoreException failure) {
        return Problems.response(problem(failure, Problems.path(uri)), headers(failure));
    }

    /** Headers a kind of failure calls for besides the problem's own. */
    static Map<String, String> headers(BotstoreException failure) {
        if (failure instanceof RangeNotSatisfiableException range) {
            // RFC 9110: a 416 tells the current length, so the client can ask again sensibly
            return Map.of("Content-Range", "bytes */" + range.size());
        }
        return Map.of();
    }

    static Problem problem(BotstoreException failure, String instance) {
        Problem problem = Problems.ofKind(failure.title(), status(failure), failure.getMessage(), instance);
        if (failure instanceof InvalidInputException invalid) {
            return problem.withErrors(List.of(new Problem.FieldError(invalid.field(), invalid.getMessage())));
        }
        if (failure instanceof DatabaseNotReadyException notReady) {
            // a zero or negative wait would invite clients to retry in a tight loop
            return problem.withRetryAfter(Math.max(1, notReady.retryAfterSeconds()));
        }
        if (failure instanceof TransientConflictException) {
            return problem.withRetryAfter(1); // the conflicting writes are over in moments
        }
        return problem;
    }

    /**
     * 400 for a kind added to the api without a status here: BotstoreExceptions are, by contract,
     * refusals the application chose to make, so "the request cannot be served as sent" is the
     * honest default; a 500 would call it a bug and hide the message the api wrote for the caller.
     */
    static int status(BotstoreException failure) {
        if (failure instanceof InvalidInputException) {
            return 400;
        }
        if (failure instanceof NotFoundException) {
            return 404;
        }
        if (failure instanceof ConflictException) {
            return 409;
        }
        if (failure instanceof PreconditionFailedException) {
            return 412;
        }
        if (failure instanceof PayloadTooLargeException) {
            return 413;
        }
        if (failure instanceof RangeNotSatisfiableException) {
            return 416;
        }
        if (failure instanceof DatabaseNotReadyException || failure instanceof TransientConflictException) {
            return 503;
        }
        if (REPORTED_UNMAPPED.add(failure.getClass())) {
            LOG.warning(() -> failure.getClass().getName() + " has no HTTP status of its own; answering 400."
                    + " Give it one in " + BotstoreExceptionMapper.class.getSimpleName());
        }
        return 400;
    }
}
