package dev.botstore.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The error page for an {@link OutOfMemoryError} met before the filter chain, where
 * {@link OutOfMemoryGuard} cannot see it (while the caller's key is checked, say): without it the
 * container answers its own HTML page that names the error. Answers the same 503 problem as
 * {@link UnexpectedExceptionMapper} does for one the API meets itself; on a response already
 * committed Liberty includes the page after what was sent, so then it adds nothing.
 */
@WebServlet("/error/out-of-memory")
public class OutOfMemoryPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ServletProblems.write(response, Problems.outOfMemory(uri == null ? null : uri.toString()), Map.of());
    }
}
