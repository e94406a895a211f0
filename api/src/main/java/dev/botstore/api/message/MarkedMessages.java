package dev.botstore.api.message;

import java.util.List;

/** What {@code mark_messages_processed} did: how many of the ids exist and were marked, and which do not exist. */
public record MarkedMessages(int marked, List<Integer> missingIds) {
}
