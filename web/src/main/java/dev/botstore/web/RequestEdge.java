package dev.botstore.web;

import dev.botstore.api.input.TextInput;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The rules every request meets before a resource sees it, so no resource can forget them: a body
 * is UTF-8 (a {@code charset} parameter naming anything else is a 415, where the runtime would
 * fail on an unknown one with a 500), and no path or query parameter holds U+0000
 * ({@link TextInput}).
 */
@Provider
public class RequestEdge implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !isUtf8(charset)) {
            throw new NotSupportedException("Request bodies are UTF-8; charset=" + charset + " is not accepted."
                    + " Send the body in UTF-8, with charset=UTF-8 or no charset");
        }
        withoutNul(request.getUriInfo().getPathParameters());
        withoutNul(request.getUriInfo().getQueryParameters());
    }

    private static boolean isUtf8(String charset) {
        String name = charset.strip();
        return name.equalsIgnoreCase(StandardCharsets.UTF_8.name()) || name.equalsIgnoreCase("utf8");
    }

    private static void withoutNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            TextInput.withoutNul("parameter name", parameter.getKey());
            for (String value : parameter.getValue()) {
                TextInput.withoutNul(parameter.getKey(), value);
            }
        }
    }
}
