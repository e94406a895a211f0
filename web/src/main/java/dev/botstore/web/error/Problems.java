package dev.botstore.web.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the mappers share: the media type, the problem types, and turning a {@link Problem} into a
 * {@link Response}. Everything except {@link #response} works without a JAX-RS runtime, so the
 * decisions can be unit tested.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** RFC 9457: the type to use when the HTTP status is all the client needs to know. */
    public static final String BLANK = "about:blank";

    /**
     * Prefix of the problem types this API defines itself. A {@code tag:} URI (RFC 4151) because it
     * names a kind of problem for ever without promising a page to fetch; change it here, once, if
     * such pages ever exist.
     */
    public static final String TYPE_PREFIX = "tag:botstore.dev,2026:problem:";

    private static final int MAX_TEXT = 300;

    private Problems() {
    }

    /** A problem that needs nothing but its status: {@code about:blank} titled with the status phrase. */
    public static Problem plain(int status, String detail, String instance) {
        return new Problem(BLANK, statusTitle(status), status, detail, instance, null, null, null);
    }

    /**
     * The answer when the server ran short of memory: a 503 to retry in a few seconds, the same
     * whether the API or the servlet container met the shortage.
     */
    public static Problem outOfMemory(String instance) {
        return plain(503, "the server is short of memory for the moment; retry shortly, or ask for less at once"
                + " (a smaller page or value)", instance).withRetryAfter(5);
    }

    /** A problem of a kind this API defines, e.g. "Invalid input" becomes {@code ...:invalid-input}. */
    public static Problem ofKind(String title, int status, String detail, String instance) {
        return new Problem(typeFor(title), title, status, detail, instance, null, null, null);
    }

    static String typeFor(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return TYPE_PREFIX + slug;
    }

    /** The reason phrase (RFC 9457 wants it as the title of {@code about:blank} problems). */
    static String statusTitle(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /** Headers the problem itself calls for, such as {@code Retry-After} for a 503. */
    static Map<String, String> headers(Problem problem) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (problem.retryAfter() != null) {
            headers.put("Retry-After", Integer.toString(problem.retryAfter()));
        }
        return headers;
    }

    public static Response response(Problem problem) {
        return response(problem, Map.of());
    }

    /** @param extraHeaders headers to keep from the original answer, such as {@code Allow} on a 405 */
    public static Response response(Problem problem, Map<String, String> extraHeaders) {
        Map<String, String> all = new LinkedHashMap<>(extraHeaders);
        all.putAll(headers(problem)); // the problem's own Retry-After wins over a copied one
        Response.ResponseBuilder answer = Response.status(problem.status()).type(MEDIA_TYPE).entity(problem);
        all.forEach(answer::header);
        return answer.build();
    }

    /** The path of the current request, or null when there is none to ask. */
    public static String path(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return uri.getRequestUri().getRawPath();
        } catch (RuntimeException outsideRequest) {
            // the injected proxy throws when no request is bound to the thread; an answer without
            // instance beats a second failure while reporting the first
            return null;
        }
    }

    /** One line of at most a few hundred characters: exception texts can be long and multi-line. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 1) + "…";
    }
}
