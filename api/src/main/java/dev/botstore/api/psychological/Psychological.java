package dev.botstore.api.psychological;

import java.util.Optional;

/** The original's PsychologicalFacade: emotion profiles, one per user and group. */
public interface Psychological {

    Optional<EmotionProfile> emotionProfile(String userId, String groupId);

    /** Creates the profile or updates the fields {@code changes} carries; one row per user and group. */
    SavedEmotionProfile saveEmotionProfile(String userId, String groupId, EmotionProfileChanges changes);
}
