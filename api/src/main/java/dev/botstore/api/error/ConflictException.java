package dev.botstore.api.error;

/** The request cannot be applied to the current state (say, importing into a database that holds data): HTTP 409. */
public class ConflictException extends BotstoreException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
