package dev.botstore.api.affection;

import java.time.Instant;

/** A mood to save; {@code startTime} null means now. */
public record MoodInput(String moodType, double moodIntensity, String moodDescription, double durationHours,
                        Instant startTime) {
}
