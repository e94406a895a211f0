package dev.botstore.api.social;

import jakarta.json.JsonValue;

/** One row of {@code user_profiles}; the JSON text columns come back parsed, last_active in epoch seconds. */
public record UserProfileData(String qqId, String qqName, JsonValue nicknames, JsonValue activityPattern,
                              JsonValue communicationStyle, JsonValue topicPreferences, JsonValue emotionalTendency,
                              Double lastActive) {
}
