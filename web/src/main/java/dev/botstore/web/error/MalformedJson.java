package dev.botstore.web.error;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;

/**
 * A request body that is not the JSON it should be: 400 "Malformed JSON: reason". The reason comes
 * from the parser's own exception, which says where it stopped, rather than from the runtime
 * wrappers around it, which repeat class names and message codes.
 */
final class MalformedJson {

    static final String PREFIX = "Malformed JSON: ";

    private MalformedJson() {
    }

    /** Whether a JSON-P or JSON-B failure is somewhere in the chain. */
    static boolean isJsonFailure(Throwable failure) {
        return Causes.contains(failure, JsonbException.class, JsonException.class);
    }

    /** Whether the chain holds a failure that reading a body can raise (JSON or the runtime's wrapper). */
    static boolean isBodyFailure(Throwable failure) {
        return Causes.contains(failure, JsonbException.class, JsonException.class, ProcessingException.class);
    }

    static Problem problem(Throwable failure, String instance) {
        return Problems.plain(400, PREFIX + reason(failure), instance);
    }

    static String reason(Throwable failure) {
        String reason = Causes.find(failure, JsonParsingException.class).map(Throwable::getMessage)
                .or(() -> Causes.find(failure, JsonbException.class).map(Throwable::getMessage))
                .or(() -> Causes.find(failure, JsonException.class).map(Throwable::getMessage))
                .orElseGet(() -> RuntimeText.strip(failure.getMessage()));
        reason = Problems.oneLine(reason);
        return reason == null || reason.isEmpty() ? "the body could not be parsed" : reason;
    }
}
