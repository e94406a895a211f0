package dev.botstore.web.error;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-P failing to parse: 400 malformed JSON. Resources that parse a body themselves with
 * {@code Json.createReader} (to bound its size first) get this exception straight from the parser,
 * without any JAX-RS or JSON-B wrapper.
 */
@Provider
public class JsonParsingExceptionMapper implements ExceptionMapper<JsonParsingException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(JsonParsingException failure) {
        return Problems.response(MalformedJson.problem(failure, Problems.path(uri)));
    }
}
