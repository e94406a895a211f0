package dev.botstore.facades.learning;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.facades.support.JsonColumns;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;

/** The learning tables' JSON-in-text columns and times, with the original's defaults for empty values. */
final class LearningJson {

    private LearningJson() {
    }

    /** An object column: {@code {}} when empty, the raw text when not JSON (an adopted row). */
    static JsonValue object(String text) {
        return text == null || text.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : JsonColumns.read(text);
    }

    /** A list column: {@code []} when empty, the raw text when not JSON (an adopted row). */
    static JsonValue list(String text) {
        return text == null || text.isBlank() ? JsonValue.EMPTY_JSON_ARRAY : JsonColumns.read(text);
    }

    /** The caller's metadata object as stored: null when absent or empty, as the original does. */
    static String metadataToStore(String field, String json) {
        if (json == null) {
            return null;
        }
        JsonObject object = requireObject(field, json);
        return object.isEmpty() ? null : object.toString();
    }

    /** Top-level keys of {@code patch} replace the stored ones; stored text that is no object counts as {@code {}}. */
    static String merge(String stored, String patch) {
        JsonObject changes = requireObject("metadata", patch == null ? "{}" : patch);
        JsonValue current = object(stored);
        JsonObjectBuilder merged = Json.createObjectBuilder(current instanceof JsonObject object ? object
                : JsonValue.EMPTY_JSON_OBJECT);
        changes.forEach(merged::add);
        return merged.build().toString();
    }

    static JsonObject requireObject(String field, String json) {
        JsonValue value = JsonColumns.read(json);
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new InvalidInputException(field, field + " must be a JSON object");
    }

    /** A list field as stored: the caller's JSON text, {@code []} when absent. */
    static String listToStore(String json) {
        return json == null || json.isBlank() ? "[]" : json;
    }

    static double seconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    static double secondsOrNow(Instant instant) {
        return seconds(instant == null ? Instant.now() : instant);
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static boolean given(String value) {
        return value != null && !value.isEmpty();
    }
}
