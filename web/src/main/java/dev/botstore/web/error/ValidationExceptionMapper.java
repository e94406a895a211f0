package dev.botstore.web.error;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failing for any reason other than a violation (a malformed constraint, a
 * validator that throws): a bug, so a logged 500. Without this mapper the runtime's own
 * ValidationException mapper, nearer than ours for Throwable, would answer in plain text.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ValidationException failure) {
        return Problems.response(UnexpectedExceptionMapper.report(failure, Problems.path(uri)));
    }
}
