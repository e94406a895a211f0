package dev.botstore.web.error;

import dev.botstore.web.telemetry.RefusedRequests;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps an {@link OutOfMemoryError} from reaching Liberty's own error handling, which answers with
 * an HTML page. An OutOfMemoryError can leave the API after {@link UnexpectedExceptionMapper} has
 * answered (a second one, met while RESTEasy finished or wrote that answer); Liberty then forwards
 * to the error page, and if the response is committed includes it after the body that was sent.
 * When the heap is that short, its error handling may itself run out; the throwable then reaches
 * the web container's last resort (FFDC probe "WebContainer 162"), which writes an
 * {@code <H1>SRVE0232E: Internal Server Error} page whether or not the response is committed: the
 * benchmark's client got our 503 problem followed by that page. Outermost in the chain (web.xml),
 * this answers the 503 problem itself while nothing is committed, and otherwise adds nothing: the
 * client gets the body as far as it was sent. Liberty's own count by route and status sees such a
 * request as status 0, so the guard counts its 503 with the other refusals ({@link RefusedRequests}).
 */
public class OutOfMemoryGuard extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(OutOfMemoryGuard.class.getName());

    /** Writes the 503 problem to a response that nothing has been sent on yet. */
    interface Answer {
        void write(HttpServletResponse response, Problem problem) throws IOException;
    }

    private final transient Answer answer;

    @Inject
    private transient RefusedRequests refused;

    public OutOfMemoryGuard() {
        this((response, problem) -> ServletProblems.write(response, problem, Map.of()), null);
    }

    OutOfMemoryGuard(Answer answer, RefusedRequests refused) {
        this.answer = answer;
        this.refused = refused;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (Throwable failure) {
            if (!Causes.contains(failure, OutOfMemoryError.class)) {
                throw failure;
            }
            answer(request, response, failure);
        }
    }

    /** Answers first and logs after: the log is the likelier to need memory that is not there. */
    private void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) {
        try {
            boolean committed = response.isCommitted();
            int status = response.getStatus();
            if (!committed) {
                response.reset();
                Problem problem = Problems.outOfMemory(request.getRequestURI());
                answer.write(response, problem);
                status = problem.status();
            }
            refused.count(status); // what the client got; the filters further in counted nothing
            LOG.log(Level.WARNING, failure, () -> "Out of memory at " + request.getRequestURI()
                    + (committed ? " after the answer was committed; its body ends there" : "; answered 503"));
        } catch (Throwable again) {
            // Most likely the heap ran out once more. Nothing better can be sent, and anything
            // thrown from here would reach Liberty's HTML page.
        }
    }
}
