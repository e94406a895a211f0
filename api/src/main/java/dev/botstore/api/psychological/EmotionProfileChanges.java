package dev.botstore.api.psychological;

/**
 * What a save sets; a null field keeps the stored value (a new profile gets {@code {}}, {@code {}},
 * 0.5, 0.5). The two JSON fields are JSON text.
 */
public record EmotionProfileChanges(String dominantEmotions, String emotionPatterns, Double empathyLevel,
                                    Double emotionalStability) {
}
