package dev.botstore.api.error;

/** Input that breaks a documented rule: HTTP 400. Names the offending field and the rule. */
public class InvalidInputException extends BotstoreException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field, parameter or path segment at fault. */
    public String field() {
        return field;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
