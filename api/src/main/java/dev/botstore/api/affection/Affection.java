package dev.botstore.api.affection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Users' affection for the bot per group ({@code user_affections}) and the bot's mood
 * ({@code bot_mood}): the original's AffectionFacade. Levels always lie within [0, max_affection].
 */
public interface Affection {

    int DEFAULT_MAX_AFFECTION = 100;
    int MAX_PAGE = 10_000;

    Optional<UserAffectionLevel> get(String groupId, String userId);

    /** Sets the level (clamped), creating the row if needed, atomically. */
    UserAffectionLevel update(String groupId, String userId, long newLevel);

    List<UserAffectionLevel> all(String groupId, int limit, int offset);

    AffectionTotal total(String groupId);

    /**
     * Ends the group's active mood and saves this one, which lasts until the next one (or, with
     * {@code mood_expires_after_duration}, until its duration has passed).
     */
    BotMoodState saveMood(String groupId, MoodInput mood);

    /** The mood in force at {@code at} (null = now). */
    Optional<BotMoodState> currentMood(String groupId, Instant at);
}
