package dev.botstore.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebApplicationExceptionMapperTest {

    private static final String PATH = "/botstore/api/v1/nothing/here";

    private static WebApplicationExceptionMapper.Failure failure(int status, String message, Throwable cause) {
        return failure(status, message, cause, Set.of(), null, null);
    }

    private static WebApplicationExceptionMapper.Failure failure(int status, String message, Throwable cause,
            Collection<String> allowed, String contentType, String retryAfter) {
        return new WebApplicationExceptionMapper.Failure(status, message, cause, "PUT", PATH, contentType,
                "application/xml", allowed, null, retryAfter);
    }

    @Test
    void unknownRouteNamesThePathNotTheRuntimeText() {
        Problem p = WebApplicationExceptionMapper.problem(failure(404,
                "RESTEASY003210: Could not find resource for full path: http://localhost:9080" + PATH, null));

        assertEquals(404, p.status());
        assertEquals("Not Found", p.title());
        assertEquals(Problems.BLANK, p.type());
        assertEquals("No resource at " + PATH, p.detail());
        assertEquals(PATH, p.instance());
    }

    @Test
    void applicationMessagesAreKept() {
        Problem p = WebApplicationExceptionMapper.problem(failure(404, "no value for key 'k' of plugin a.b", null));

        assertEquals("no value for key 'k' of plugin a.b", p.detail());
    }

    @Test
    void defaultMessagesAreReplaced() {
        Problem p = WebApplicationExceptionMapper.problem(failure(404, "HTTP 404 Not Found", null));

        assertEquals("No resource at " + PATH, p.detail());
    }

    @Test
    void methodNotAllowedListsTheAllowedMethods() {
        Problem p = WebApplicationExceptionMapper.problem(failure(405,
                "RESTEASY003650: No resource method found for PUT, return 405 with Allow header", null,
                List.of("GET, DELETE", "HEAD"), null, null));

        assertEquals(405, p.status());
        assertEquals("Method PUT is not allowed here; allowed: DELETE, GET, HEAD", p.detail());
    }

    @Test
    void unsupportedMediaTypeNamesTheTypeSent() {
        Problem p = WebApplicationExceptionMapper.problem(failure(415, "HTTP 415 Unsupported Media Type", null,
                Set.of(), "application/xml", null));

        assertEquals(415, p.status());
        assertEquals("Unsupported media type application/xml", p.detail());
    }

    @Test
    void unsupportedMediaTypeNamesTheAcceptedTypesWhenKnown() {
        var f = new WebApplicationExceptionMapper.Failure(415, null, null, "PUT", PATH, "application/xml", null,
                Set.of(), "application/json, text/plain", null);

        assertEquals("Unsupported media type application/xml; accepted: application/json, text/plain",
                WebApplicationExceptionMapper.problem(f).detail());
    }

    @Test
    void notAcceptableNamesTheAcceptHeader() {
        Problem p = WebApplicationExceptionMapper.problem(failure(406, null, null));

        assertEquals("None of the accepted media types (application/xml) can be produced here", p.detail());
    }

    @Test
    void jsonFailureInsideIsMalformedJson() {
        ProcessingException cause = new ProcessingException("RESTEASY008200: JSON Binding deserialization error",
                new JsonbException("Unexpected char 125 at (line no=1, column no=10, offset=9)"));

        Problem p = WebApplicationExceptionMapper.problem(failure(400, "HTTP 400 Bad Request", cause));

        assertEquals(400, p.status());
        assertEquals("Malformed JSON: Unexpected char 125 at (line no=1, column no=10, offset=9)", p.detail());
    }

    @Test
    void unreadableParameterIsNamed() {
        Problem p = WebApplicationExceptionMapper.problem(failure(404,
                "RESTEASY003870: Unable to extract parameter from http request: jakarta.ws.rs.QueryParam(\"limit\")"
                        + " value is 'abc' for public jakarta.ws.rs.core.Response dev.botstore.X.list(int)",
                new NumberFormatException("For input string: \"abc\"")));

        assertEquals(404, p.status());
        assertEquals("Invalid value for query parameter 'limit'", p.detail());
        assertTrue(!p.detail().contains("dev.botstore"));
    }

    @Test
    void serviceUnavailableKeepsItsRetryAfter() {
        Problem p = WebApplicationExceptionMapper.problem(failure(503, null, null, Set.of(), null, "30"));

        assertEquals(503, p.status());
        assertEquals("Service Unavailable", p.detail());
        assertEquals(30, p.retryAfter());
    }

    @Test
    void retryAfterDatesAreNotSeconds() {
        assertNull(WebApplicationExceptionMapper.seconds("Wed, 21 Oct 2026 07:28:00 GMT"));
        assertNull(WebApplicationExceptionMapper.seconds(null));
        assertEquals(120, WebApplicationExceptionMapper.seconds(" 120 "));
    }
}
