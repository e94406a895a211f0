package dev.botstore.web.error;

import java.util.regex.Pattern;

/**
 * Tells exception messages the JAX-RS runtime made up from messages an application wrote for the
 * caller. Runtime messages carry a message code ({@code RESTEASY003210: ...}, {@code CWWKW0100E: ...})
 * or are the bare default {@code HTTP 404 Not Found}; they often name internal classes or the full
 * URL, so they never reach a client as they are.
 */
final class RuntimeText {

    private static final Pattern CODE = Pattern.compile("^[A-Z]{4,}\\d{3,}[A-Z]?:\\s*");
    private static final Pattern DEFAULT = Pattern.compile("^HTTP \\d{3}( .*)?$");

    private RuntimeText() {
    }

    /** Whether the message was written by the application (and so is fit for the detail). */
    static boolean isFromApplication(String message) {
        return message != null && !message.isBlank()
                && !CODE.matcher(message).find() && !DEFAULT.matcher(message).matches();
    }

    /** The message without its leading runtime message code. */
    static String strip(String message) {
        return message == null ? null : CODE.matcher(message).replaceFirst("");
    }
}
