package dev.botstore.api.affection;

import java.time.Instant;

/** A mood to save; {@code startTime} null means now. */
public record MoodInput(String moodType, Double moodIntensity, String moodDescription, Double durationHours,
                        Instant startTime) {
}
