package dev.botstore.web.error;

import dev.botstore.api.error.BotstoreException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * The runtime's wrapper around a body reader failure. RESTEasy (Liberty's restfulWS) reports a
 * body JSON-B cannot read as a ProcessingException caused by the JSON-B or JSON-P exception: 400
 * malformed JSON. A ProcessingException without a JSON failure inside (a REST client call that
 * could not connect, say) is not the caller's fault and becomes a logged 500.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ProcessingException failure) {
        return Problems.response(problem(failure, Problems.path(uri)));
    }

    static Problem problem(ProcessingException failure, String instance) {
        Optional<BotstoreException> refusal = Causes.find(failure, BotstoreException.class);
        if (refusal.isPresent()) {
            return BotstoreExceptionMapper.problem(refusal.get(), instance); // thrown by one of our body readers
        }
        return MalformedJson.isJsonFailure(failure)
                ? MalformedJson.problem(failure, instance)
                : UnexpectedExceptionMapper.report(failure, instance);
    }
}
