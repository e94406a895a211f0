package dev.botstore.api.social;

import java.time.Instant;

/**
 * A relation observation ({@code relation_data}). The relation is identified by group, from, to and
 * type; saving it again merges into the one row. Null means the default: type "interaction",
 * strength 0.5, frequency 1, last interaction now, description unchanged ("" for a new one).
 */
public record RelationInput(String fromUser, String toUser, String relationType, Double strength, Long frequency,
                            Instant lastInteraction, String relationName) {
}
