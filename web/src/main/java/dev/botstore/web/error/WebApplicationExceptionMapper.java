package dev.botstore.web.error;

import dev.botstore.api.error.BotstoreException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP-level failures, raised by the runtime (no route, wrong method, unsupported media type,
 * unreadable parameter) or by resources ({@code NotFoundException("no value for key ...")}). The
 * status of the exception stays; the detail is the application's message when it wrote one, else
 * an explanation built from the request, never the runtime's own text.
 *
 * <p>The JAX-RS runtime only calls this for exceptions whose response has no entity; a resource that
 * throws a WebApplicationException with a ready body keeps that body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** Headers of the original answer that still apply to the problem answer. */
    private static final List<String> KEPT_HEADERS = List.of(
            HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE, "Accept-Post", "Accept-Patch");

    /** How the runtime names a parameter it could not convert, e.g. {@code jakarta.ws.rs.QueryParam("limit")}. */
    private static final Pattern PARAMETER = Pattern.compile("\\.(Query|Path|Matrix|Header|Cookie|Form)Param\\(\"([^\"]*)\"\\)");

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Context
    private Request request;

    /**
     * What the decision depends on, gathered so it can be tested without a JAX-RS runtime.
     *
     * @param acceptable types named by the original answer's {@code Accept-Post}/{@code Accept-Patch}
     * @param retryAfter the original answer's {@code Retry-After}
     */
    record Failure(int status, String message, Throwable cause, String method, String path,
                   String contentType, String accept, Collection<String> allowed, String acceptable,
                   String retryAfter) {
    }

    @Override
    public Response toResponse(WebApplicationException failure) {
        Response original = failure.getResponse();
        if (original != null && original.getStatus() < 400) {
            return original; // a redirect or a deliberate success is no problem to report
        }
        String path = Problems.path(uri);
        Optional<BotstoreException> refusal = Causes.find(failure, BotstoreException.class);
        if (refusal.isPresent()) {
            // the runtime wraps what a body reader throws; the refusal inside is the answer
            return Problems.response(BotstoreExceptionMapper.problem(refusal.get(), path),
                    BotstoreExceptionMapper.headers(refusal.get()));
        }
        if (original == null || original.getStatus() == 500) {
            // an InternalServerErrorException & co. is a bug like any other: log it, answer with an id
            return Problems.response(UnexpectedExceptionMapper.report(failure, path));
        }
        Map<String, String> kept = keptHeaders(original);
        Failure facts = new Failure(original.getStatus(), failure.getMessage(), failure.getCause(), method(), path,
                header(HttpHeaders.CONTENT_TYPE), header(HttpHeaders.ACCEPT), original.getAllowedMethods(),
                kept.getOrDefault("Accept-Post", kept.get("Accept-Patch")), kept.get(HttpHeaders.RETRY_AFTER));
        return Problems.response(problem(facts), kept);
    }

    static Problem problem(Failure f) {
        if (f.status() < 500 && f.cause() != null && MalformedJson.isBodyFailure(f.cause())) {
            return MalformedJson.problem(f.cause(), f.path());
        }
        return Problems.plain(f.status(), detail(f), f.path()).withRetryAfter(seconds(f.retryAfter()));
    }

    /** The Retry-After header as seconds; null when absent or given as a date. */
    static Integer seconds(String retryAfter) {
        if (retryAfter == null || !retryAfter.trim().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(retryAfter.trim());
    }

    static String detail(Failure f) {
        if (RuntimeText.isFromApplication(f.message())) {
            return Problems.oneLine(f.message());
        }
        String parameter = unreadableParameter(f);
        if (parameter != null) {
            return parameter;
        }
        return switch (f.status()) {
            case 404 -> "No resource at " + (f.path() == null ? "this path" : f.path());
            case 405 -> "Method " + f.method() + " is not allowed here; allowed: " + allowed(f.allowed());
            case 406 -> "None of the accepted media types (" + orNone(f.accept()) + ") can be produced here";
            case 415 -> f.contentType() == null
                    ? "The request has a body but no Content-Type" + acceptableSuffix(f)
                    : "Unsupported media type " + f.contentType() + acceptableSuffix(f);
            default -> Problems.statusTitle(f.status());
        };
    }

    /** "Invalid value for query parameter 'limit'" when the runtime could not convert a parameter. */
    private static String unreadableParameter(Failure f) {
        if (f.cause() == null || f.message() == null) {
            return null;
        }
        Matcher named = PARAMETER.matcher(f.message());
        return named.find() ? "Invalid value for " + named.group(1).toLowerCase(Locale.ROOT) + " parameter '" + named.group(2) + "'"
                : null;
    }

    private static String allowed(Collection<String> methods) {
        TreeSet<String> sorted = new TreeSet<>();
        if (methods != null) {
            // the runtime may hand the Allow header over as one comma-separated value
            methods.forEach(m -> List.of(m.split(",")).forEach(one -> sorted.add(one.trim())));
        }
        sorted.remove("");
        return sorted.isEmpty() ? "none" : String.join(", ", sorted);
    }

    private static String acceptableSuffix(Failure f) {
        return f.acceptable() == null ? "" : "; accepted: " + f.acceptable();
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "none given" : value;
    }

    private static Map<String, String> keptHeaders(Response original) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = original.getHeaderString(name);
            if (value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        }
        return kept;
    }

    private String method() {
        try {
            return request == null ? "?" : request.getMethod();
        } catch (RuntimeException outsideRequest) {
            return "?";
        }
    }

    private String header(String name) {
        try {
            return headers == null ? null : headers.getHeaderString(name);
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
