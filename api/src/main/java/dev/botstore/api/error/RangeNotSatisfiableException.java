package dev.botstore.api.error;

/**
 * A byte range that lies wholly outside the file: HTTP 416. The answer carries
 * {@code Content-Range: bytes *}{@code /<size>} so the client learns the real size.
 */
public class RangeNotSatisfiableException extends BotstoreException {

    private final long size;

    public RangeNotSatisfiableException(String message, long size) {
        super(message);
        this.size = size;
    }

    /** The size of the file the range was asked of, in bytes. */
    public long size() {
        return size;
    }

    @Override
    public String title() {
        return "Range not satisfiable";
    }
}
