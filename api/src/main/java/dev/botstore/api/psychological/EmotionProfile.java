package dev.botstore.api.psychological;

import jakarta.json.JsonValue;

/** The emotion profile of one user in one group; {@code last_updated} is epoch seconds (float). */
public record EmotionProfile(String userId, String groupId, JsonValue dominantEmotions, JsonValue emotionPatterns,
                             Double empathyLevel, Double emotionalStability, Double lastUpdated) {
}
