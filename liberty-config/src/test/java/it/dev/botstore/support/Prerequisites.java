package it.dev.botstore.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What the end-to-end tests do when something outside the build is missing (a database server,
 * python3, PyPI): skip loudly on a developer's machine, fail under CI=true, so that CI never passes
 * a suite it did not run.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /** Prints the message framed, then fails (CI=true) or aborts the calling test. */
    public static void missing(String message) {
        String framed = "\n*** " + message.replace("\n", "\n*** ") + "\n*** With CI=true this is a failure.\n";
        System.err.println(framed);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(framed);
        }
        Assumptions.abort(framed);
    }
}
