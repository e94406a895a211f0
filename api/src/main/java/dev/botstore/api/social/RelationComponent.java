package dev.botstore.api.social;

import jakarta.json.JsonValue;

/** Every column of one {@code user_social_relation_components} row; times in epoch seconds. */
public record RelationComponent(int id, int profileId, String fromUserId, String toUserId, String groupId,
                                String relationType, Double value, int frequency, Number lastInteraction,
                                String description, JsonValue tags, Number createdAt) {
}
