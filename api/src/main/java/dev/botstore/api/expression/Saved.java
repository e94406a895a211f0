package dev.botstore.api.expression;

/** The stored state after an upsert, and whether the upsert created it. */
public record Saved<T>(T value, boolean created) {
}
