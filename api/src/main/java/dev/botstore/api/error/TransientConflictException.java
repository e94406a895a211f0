package dev.botstore.api.error;

/**
 * The database refused a transaction for a conflict with concurrent ones that goes away by itself
 * (a deadlock, a serialization failure, a lock wait timeout). The facades retry such a transaction;
 * a caller sees this only when every attempt was refused: HTTP 503 with {@code Retry-After}.
 */
public class TransientConflictException extends BotstoreException {

    public TransientConflictException(Throwable cause) {
        super("the database refused the operation for conflicts with concurrent writes, on every attempt;"
                + " nothing was changed, retry shortly", cause);
    }

    @Override
    public String title() {
        return "Transient conflict";
    }
}
