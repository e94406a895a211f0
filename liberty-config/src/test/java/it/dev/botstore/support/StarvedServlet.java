package it.dev.botstore.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Fails as a request of the API does when the heap runs out: before writing, after committing
 * part of its answer, or with an error that runs the heap out again whenever it is described
 * (as logging and Liberty's error handling do). Test-only: {@code OutOfMemoryAnswerIT} adds it to
 * the deployed web module; the product has no such path.
 */
@WebServlet("/it-starved")
public class StarvedServlet extends HttpServlet {

    /** What the servlet sends before it fails, in {@code when=after-commit}. */
    public static final String PARTIAL = "{\"entries\":[{\"key\":\"a\"";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        switch (request.getParameter("when")) {
            case "before-commit" -> {
                response.getWriter().write("{\"partial answer\":");
                throw new OutOfMemoryError("Java heap space");
            }
            case "after-commit" -> {
                response.getWriter().write(PARTIAL);
                response.flushBuffer();
                throw new OutOfMemoryError("Java heap space");
            }
            default -> throw new OutOfMemoryError() {
                @Override
                public String getMessage() {
                    throw new OutOfMemoryError("Java heap space");
                }
            };
        }
    }
}
