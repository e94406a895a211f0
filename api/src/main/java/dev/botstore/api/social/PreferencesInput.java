package dev.botstore.api.social;

import java.util.Set;

/** A preferences write ({@code prefs}); only the keys in {@code sent} change stored preferences. */
public record PreferencesInput(Set<String> sent, String favoriteTopics, String interactionStyle,
                               String learningPreferences, Double adaptiveRate) {

    public static final String FAVORITE_TOPICS = "favorite_topics";
    public static final String INTERACTION_STYLE = "interaction_style";
    public static final String LEARNING_PREFERENCES = "learning_preferences";
    public static final String ADAPTIVE_RATE = "adaptive_rate";

    public PreferencesInput {
        sent = Set.copyOf(sent);
    }

    public boolean has(String key) {
        return sent.contains(key);
    }
}
