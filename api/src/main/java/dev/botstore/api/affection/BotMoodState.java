package dev.botstore.api.affection;

/**
 * The bot's mood in a group: {@code start_time} and {@code end_time} are epoch seconds (float);
 * a mood ends after its duration or when the next one is saved.
 */
public record BotMoodState(String groupId, String moodType, Double moodIntensity, String moodDescription,
                           Double startTime, Double endTime) {
}
