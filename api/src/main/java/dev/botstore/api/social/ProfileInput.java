package dev.botstore.api.social;

import java.time.Instant;
import java.util.Set;

/**
 * A profile write ({@code profile_data}). Only the keys in {@code sent} change a stored profile; the
 * JSON fields are JSON text. {@code last_active} not sent means now.
 */
public record ProfileInput(Set<String> sent, String qqName, String nicknames, String activityPattern,
                           String communicationStyle, String topicPreferences, String emotionalTendency,
                           Instant lastActive) {

    public static final String QQ_NAME = "qq_name";
    public static final String NICKNAMES = "nicknames";
    public static final String ACTIVITY_PATTERN = "activity_pattern";
    public static final String COMMUNICATION_STYLE = "communication_style";
    public static final String TOPIC_PREFERENCES = "topic_preferences";
    public static final String EMOTIONAL_TENDENCY = "emotional_tendency";
    public static final String LAST_ACTIVE = "last_active";

    public ProfileInput {
        sent = Set.copyOf(sent);
    }

    public boolean has(String key) {
        return sent.contains(key);
    }
}
