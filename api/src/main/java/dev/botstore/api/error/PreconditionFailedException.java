package dev.botstore.api.error;

/** A conditional request ({@code If-Match}, {@code If-None-Match}) whose condition does not hold: HTTP 412. */
public class PreconditionFailedException extends BotstoreException {

    public PreconditionFailedException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Precondition failed";
    }
}
