package dev.botstore.web.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no nearer mapper claims is a bug: 500, logged in full under a short id that the body
 * repeats. The body says nothing else about the failure, since exception texts can reveal
 * internals (SQL, paths, class names) to any caller.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        return Problems.response(report(failure, Problems.path(uri)));
    }

    /**
     * Logs the failure at SEVERE under a new id and returns the 500 that quotes the id; a lack of
     * memory is no bug of the request but a moment of load, so it is a 503 with {@code Retry-After}.
     */
    static Problem report(Throwable failure, String instance) {
        if (Causes.contains(failure, OutOfMemoryError.class)) {
            LOG.log(Level.WARNING, "Out of memory at " + instance + "; answered 503", failure);
            return Problems.outOfMemory(instance);
        }
        String id = newErrorId();
        LOG.log(Level.SEVERE, failure, () -> "Unexpected error " + id + (instance == null ? "" : " at " + instance));
        return problem(id, instance);
    }

    static Problem problem(String errorId, String instance) {
        return Problems.plain(500, "Unexpected error; quote error_id " + errorId + " when reporting it", instance)
                .withErrorId(errorId);
    }

    /** 12 hex digits: short enough to read out, enough that two errors of one log never share one. */
    static String newErrorId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
