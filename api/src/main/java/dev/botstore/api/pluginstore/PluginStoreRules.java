package dev.botstore.api.pluginstore;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.TextInput;
import java.util.regex.Pattern;

/**
 * The naming rules of the plugin store (spec: plugin-storage.md, "Names"). Every violation is an
 * {@link InvalidInputException} that names the field and says what is wrong, so a plugin author
 * can fix the call without reading the source.
 */
public final class PluginStoreRules {

    public static final int MAX_SCOPE_KEY_CHARS = 256;
    public static final int MAX_STORE_KEY_CHARS = 128;
    public static final int MAX_PLUGIN_PART_CHARS = 63;
    public static final long MAX_TTL_SECONDS = 10L * 365 * 24 * 3600;
    /** The path segment of the batch operation ({@code POST …/store/_batch}), so never a key. */
    public static final String BATCH_SEGMENT = "_batch";

    private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private PluginStoreRules() {
    }

    /** A plugin key is {@code <author>.<module>}; each part 1-63 of A-Z a-z 0-9 _, not starting with a digit. */
    public static void checkPluginKey(String plugin) {
        if (plugin == null || plugin.isEmpty()) {
            throw new InvalidInputException("plugin", "plugin key is required, in the form <author>.<module>");
        }
        int dot = plugin.indexOf('.');
        if (dot < 0 || dot != plugin.lastIndexOf('.')) {
            throw new InvalidInputException("plugin",
                    "plugin key '" + printable(plugin) + "' must be <author>.<module>: exactly one '.'");
        }
        checkPart("author", plugin.substring(0, dot), plugin);
        checkPart("module", plugin.substring(dot + 1), plugin);
    }

    private static void checkPart(String which, String part, String plugin) {
        if (PART.matcher(part).matches()) {
            return;
        }
        String why;
        if (part.isEmpty()) {
            why = "is empty";
        } else if (part.length() > MAX_PLUGIN_PART_CHARS) {
            why = "is longer than " + MAX_PLUGIN_PART_CHARS + " characters";
        } else if (Character.isDigit(part.charAt(0))) {
            why = "starts with a digit";
        } else {
            why = "may only contain A-Z, a-z, 0-9 and _";
        }
        throw new InvalidInputException("plugin", "plugin key '" + printable(plugin) + "': the " + which
                + " part '" + printable(part) + "' " + why
                + " (each part: 1-63 characters of A-Z a-z 0-9 _, not starting with a digit)");
    }

    /** A scope key ({@code chat_key} or {@code user_key}): at most 256 characters, no control characters. */
    public static void checkScopeKey(String field, String value) {
        if (TextInput.length(value) > MAX_SCOPE_KEY_CHARS) {
            throw new InvalidInputException(field, field + " is " + TextInput.length(value)
                    + " characters long; at most " + MAX_SCOPE_KEY_CHARS + " are allowed");
        }
        checkNoControl(field, value);
    }

    /** A store key: 1-128 characters (code points), no control characters, not {@link #BATCH_SEGMENT}. */
    public static void checkStoreKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new InvalidInputException("key", "store key must not be empty");
        }
        if (key.equals(BATCH_SEGMENT)) {
            throw new InvalidInputException("key", "store key '" + BATCH_SEGMENT + "' is reserved: it is the path of"
                    + " the batch operation");
        }
        if (TextInput.length(key) > MAX_STORE_KEY_CHARS) {
            throw new InvalidInputException("key", "store key is " + TextInput.length(key)
                    + " characters long; at most " + MAX_STORE_KEY_CHARS + " are allowed");
        }
        checkNoControl("key", key);
    }

    /** A time to live: a whole number of seconds, at least 1 and at most {@link #MAX_TTL_SECONDS}. */
    public static void checkTtl(String field, long seconds) {
        if (seconds < 1 || seconds > MAX_TTL_SECONDS) {
            throw new InvalidInputException(field, field + " is " + seconds + "; it must be between 1 and "
                    + MAX_TTL_SECONDS + " seconds (10 years)");
        }
    }

    private static void checkNoControl(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidInputException(field, field + " contains a control character at position " + i);
            }
        }
    }

    private static String printable(String s) {
        String cut = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        StringBuilder out = new StringBuilder();
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
