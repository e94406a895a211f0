package dev.botstore.api.learning;

import dev.botstore.api.error.InvalidInputException;

/** The paging rule of every list of {@link Learning}: 1 to {@link Learning#MAX_PAGE} rows from offset 0 on. */
public final class LearningPage {

    private LearningPage() {
    }

    public static void check(int limit, int offset) {
        if (limit < 1 || limit > Learning.MAX_PAGE) {
            throw new InvalidInputException("limit", "limit is " + limit + "; it must be between 1 and "
                    + Learning.MAX_PAGE);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset is " + offset + "; it must be 0 or more");
        }
    }
}
