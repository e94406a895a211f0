package dev.botstore.web.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a problem straight to a servlet response, for refusals made before JAX-RS sees the
 * request (authentication, the Host check, Liberty's own 400), so they read like every other error.
 */
public final class ServletProblems {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ServletProblems() {
    }

    public static void write(HttpServletResponse response, Problem problem, Map<String, String> headers)
            throws IOException {
        response.setStatus(problem.status());
        headers.forEach(response::setHeader);
        Problems.headers(problem).forEach(response::setHeader);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }
}
