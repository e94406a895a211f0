package dev.botstore.api.affection;

/**
 * The bot's mood in a group: {@code start_time} and {@code end_time} are epoch seconds (float);
 * a mood ends when the next one is saved ({@code end_time} null until then), or after its duration
 * when {@code mood_expires_after_duration} is set.
 */
public record BotMoodState(String groupId, String moodType, Double moodIntensity, String moodDescription,
                           Double startTime, Double endTime) {
}
