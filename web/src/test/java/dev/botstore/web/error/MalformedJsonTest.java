package dev.botstore.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class MalformedJsonTest {

    private static final JsonLocation AT_10 = new JsonLocation() {
        @Override
        public long getLineNumber() {
            return 1;
        }

        @Override
        public long getColumnNumber() {
            return 10;
        }

        @Override
        public long getStreamOffset() {
            return 9;
        }
    };

    @Test
    void theParserSaysWhereItStopped() {
        JsonParsingException parse = new JsonParsingException("Invalid token=CURLYCLOSE at (line no=1, column no=10)."
                + " Expected tokens are: [COLON]", AT_10);
        ProcessingException wrapped = new ProcessingException(
                "RESTEASY008200: JSON Binding deserialization error: jakarta.json.bind.JsonbException: Internal error",
                new JsonbException("Internal error", parse));

        Problem p = MalformedJson.problem(wrapped, "/p");

        assertEquals(400, p.status());
        assertEquals("Bad Request", p.title());
        assertEquals("Malformed JSON: Invalid token=CURLYCLOSE at (line no=1, column no=10). Expected tokens are:"
                + " [COLON]", p.detail());
    }

    @Test
    void withoutAJsonCauseTheRuntimeTextLosesItsCode() {
        assertEquals("body unreadable", MalformedJson.reason(new ProcessingException("RESTEASY008200: body unreadable")));
        assertEquals("the body could not be parsed", MalformedJson.reason(new ProcessingException((String) null)));
    }

    @Test
    void longReasonsAreCutToOneLine() {
        String reason = MalformedJson.reason(new JsonbException("a\nb " + "x".repeat(1000)));

        assertFalse(reason.contains("\n"));
        assertTrue(reason.length() <= 300, Integer.toString(reason.length()));
    }

    @Test
    void processingExceptionWithJsonInsideIs400() {
        Problem p = ProcessingExceptionMapper.problem(
                new ProcessingException("RESTEASY008200: ...", new JsonbException("Unexpected char")), null);

        assertEquals(400, p.status());
        assertEquals("Malformed JSON: Unexpected char", p.detail());
    }

    @Test
    void processingExceptionWithoutJsonIsAnUnexpected500() {
        Logger log = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
        boolean parents = log.getUseParentHandlers();
        log.setUseParentHandlers(false); // the SEVERE record is expected here
        try {
            Problem p = ProcessingExceptionMapper.problem(
                    new ProcessingException("connect failed", new ConnectException("refused")), null);

            assertEquals(500, p.status());
            assertNotNull(p.errorId());
        } finally {
            log.setUseParentHandlers(parents);
        }
    }
}
