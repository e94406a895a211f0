package dev.botstore.api.error;

/**
 * The database is not (or no longer) reachable, or start-up has not finished: HTTP 503 with
 * {@code Retry-After}. Start-up keeps retrying on its own, so the caller only has to wait.
 */
public class DatabaseNotReadyException extends BotstoreException {

    private final int retryAfterSeconds;

    public DatabaseNotReadyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public DatabaseNotReadyException(String message, int retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String title() {
        return "Database not ready";
    }
}
