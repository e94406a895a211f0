package dev.botstore.api.error;

/** The record a caller names (a review id, a backup of a group, a jargon entry) does not exist: HTTP 404. */
public class NotFoundException extends BotstoreException {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Not found";
    }
}
