package dev.botstore.api.error;

/** A value or body above its configured limit: HTTP 413. */
public class PayloadTooLargeException extends BotstoreException {

    private final long limitBytes;

    public PayloadTooLargeException(String message, long limitBytes) {
        super(message);
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    @Override
    public String title() {
        return "Payload too large";
    }
}
