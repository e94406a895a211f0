package dev.botstore.api.learning;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.Paging;
import java.util.List;

/**
 * Which reviews a list shows: {@code pending} (newest created first), {@code reviewed} (approved and
 * rejected, latest decision first), or exactly {@code approved} or {@code rejected} (latest decision
 * first). {@code groupId} null = every group.
 */
public record ReviewFilter(String status, String groupId, int limit, int offset) {

    public static final String REVIEWED = "reviewed";
    public static final List<String> STATUSES = List.of(ReviewStatus.PENDING, REVIEWED, ReviewStatus.APPROVED,
            ReviewStatus.REJECTED);

    public ReviewFilter {
        if (!STATUSES.contains(status)) {
            throw new InvalidInputException("status", "status must be one of " + STATUSES + ", not '" + status + "'");
        }
        Paging.check(limit, offset, Learning.MAX_PAGE);
        groupId = groupId == null || groupId.isEmpty() ? null : groupId;
    }

    public boolean pending() {
        return status.equals(ReviewStatus.PENDING);
    }
}
