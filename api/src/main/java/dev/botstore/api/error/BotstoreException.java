package dev.botstore.api.error;

/**
 * Base of every failure the application reports on purpose. The web layer maps each subclass to
 * one HTTP status; anything else that escapes is a bug and becomes a logged 500.
 *
 * <p>Declared an application exception with rollback in the facades' {@code ejb-jar.xml}, so the
 * container rethrows it as is instead of wrapping it, and rolls the transaction back.
 */
public abstract class BotstoreException extends RuntimeException {

    protected BotstoreException(String message) {
        super(message);
    }

    protected BotstoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A short, stable, human-readable title of this kind of problem (RFC 9457 {@code title}). */
    public abstract String title();
}
