package dev.botstore.api.psychological;

/** The profile after a save, and whether the save created it. */
public record SavedEmotionProfile(EmotionProfile profile, boolean created) {
}
