package dev.botstore.api.learning;

import dev.botstore.api.error.InvalidInputException;
import java.util.List;

/** The review lifecycle: pending, then approved or rejected, and back to pending (a revert). */
public final class ReviewStatus {

    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final List<String> ALL = List.of(PENDING, APPROVED, REJECTED);

    private ReviewStatus() {
    }

    /** {@code status} when it is one of the three; a 400 naming {@code field} otherwise. */
    public static String check(String field, String status) {
        if (status == null || !ALL.contains(status)) {
            throw new InvalidInputException(field, field + " must be one of " + ALL + ", not "
                    + (status == null ? "absent" : "'" + status + "'"));
        }
        return status;
    }
}
