package dev.botstore.web.error;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B failing on a body: 400 malformed JSON. A JSON-B failure while writing a response never
 * gets here as such: {@link ResponseWriteGuard} turns it into a 500.
 */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(JsonbException failure) {
        return Problems.response(MalformedJson.problem(failure, Problems.path(uri)));
    }
}
