package dev.botstore.web.telemetry;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts every refused response of the web module, whichever layer refused it (a resource, an
 * exception mapper, a body limit): one place instead of a call in each. A request whose chain
 * fails is answered further out, by the out-of-memory guard (which counts its own answer) or the
 * container, so the status it had when it failed is not the one the client gets and is not counted.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RefusalCounting extends HttpFilter {

    @Inject
    private RefusedRequests refused;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        refused.count(response.getStatus());
    }
}
