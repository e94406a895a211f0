package dev.botstore.api.error;

/** A conditional write whose condition does not hold (a stale If-Match version, If-None-Match on an existing entry): HTTP 412. */
public class PreconditionFailedException extends BotstoreException {

    public PreconditionFailedException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Precondition failed";
    }
}
