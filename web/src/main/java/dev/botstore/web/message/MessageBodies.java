package dev.botstore.web.message;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.message.FilteredMessageInput;
import dev.botstore.api.message.MemoryInput;
import dev.botstore.api.message.RawMessageInput;
import dev.botstore.web.InputTimes;
import dev.botstore.web.JsonFields;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The JSON bodies of the message resource, read with the original's dict keys. */
final class MessageBodies {

    private MessageBodies() {
    }

    static RawMessageInput rawMessage(JsonFields f) {
        return new RawMessageInput(id(f, "sender_id"), f.text("sender_name"), id(f, "sender_qq"), f.text("message"),
                id(f, "group_id"), seconds(f, "timestamp"), f.text("platform"), id(f, "message_id"),
                id(f, "reply_to"));
    }

    /** {@code {"messages": [...]}}; each element is read as one raw message, its errors named {@code messages[i].x}. */
    static List<RawMessageInput> rawMessages(JsonFields body) {
        JsonArray array = body.array("messages");
        if (array == null) {
            throw new InvalidInputException("messages", "messages is required: an array of raw messages");
        }
        List<RawMessageInput> messages = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            messages.add(rawMessage(JsonFields.element(array.get(i), "messages[" + i + "]")));
        }
        return messages;
    }

    static FilteredMessageInput filteredMessage(JsonFields f) {
        Long raw = f.wholeNumber("raw_message_id");
        if (raw != null && (raw < 1 || raw > Integer.MAX_VALUE)) {
            throw new InvalidInputException("raw_message_id", "raw_message_id is out of range: " + raw);
        }
        return new FilteredMessageInput(raw == null ? null : raw.intValue(), f.text("message"), id(f, "sender_id"),
                id(f, "group_id"), seconds(f, "timestamp"), f.number("confidence"), f.jsonText("quality_scores"),
                f.text("filter_reason"));
    }

    static MemoryInput memory(JsonFields f) {
        Long importance = f.wholeNumber("importance");
        if (importance != null && (importance < Integer.MIN_VALUE || importance > Integer.MAX_VALUE)) {
            throw new InvalidInputException("importance", "importance is out of range: " + importance);
        }
        return new MemoryInput(id(f, "group_id"), id(f, "user_id"), f.text("content"), f.text("memory_type"),
                importance == null ? null : importance.intValue());
    }

    static List<Integer> ids(JsonFields body, String field) {
        JsonArray array = body.array(field);
        if (array == null) {
            throw new InvalidInputException(field, field + " is required: an array of ids");
        }
        List<Integer> ids = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue value = array.get(i);
            if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 0
                    || number.longValue() > Integer.MAX_VALUE) {
                throw new InvalidInputException(field + "[" + i + "]", field + "[" + i + "] must be a message id,"
                        + " not " + value);
            }
            ids.add(number.intValue());
        }
        return ids;
    }

    /**
     * A time field as epoch seconds (the unit of the message tables): seconds, milliseconds or
     * ISO-8601 in, whole seconds stored, as the original truncates its float timestamps.
     */
    static Long seconds(JsonFields f, String field) {
        Instant time = f.time(field);
        return time == null ? null : time.getEpochSecond();
    }

    static Long seconds(String field, String raw) {
        Instant time = InputTimes.parse(field, raw);
        return time == null ? null : time.getEpochSecond();
    }

    /** Ids (sender, group, platform message) arrive as strings or, from QQ adapters, as numbers; stored as text. */
    static String id(JsonFields f, String field) {
        if (f.object().get(field) instanceof JsonNumber number) {
            if (!number.isIntegral()) {
                throw new InvalidInputException(f.name(field), f.name(field) + " must be a string or a whole number,"
                        + " not " + number);
            }
            return number.bigIntegerValue().toString();
        }
        return f.text(field);
    }
}
