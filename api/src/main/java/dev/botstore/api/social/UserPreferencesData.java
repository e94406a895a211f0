package dev.botstore.api.social;

import jakarta.json.JsonValue;

/** One row of {@code user_preferences}, JSON columns parsed. */
public record UserPreferencesData(String userId, String groupId, JsonValue favoriteTopics,
                                  JsonValue interactionStyle, JsonValue learningPreferences, Double adaptiveRate,
                                  Double updatedAt) {
}
