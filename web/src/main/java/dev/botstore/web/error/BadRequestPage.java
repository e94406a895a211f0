package dev.botstore.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for a 400 that the server answers before the API sees the request: a path
 * Liberty will not decode. Answers a problem like every other error of the API.
 */
@WebServlet("/error/bad-request")
public class BadRequestPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = Problems.plain(400, "the request path cannot be read: it holds an encoded '/', '\\',"
                + " '.' segment or control character, or a malformed escape. Percent-encode each path segment"
                + " once, and leave out '.' and '..' segments", uri == null ? null : uri.toString());
        Problems.write(response, problem);
    }
}
