package dev.botstore.web.pluginstore;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.pluginstore.Precondition;

/**
 * Reads {@code If-Match} / {@code If-None-Match} into a {@link Precondition}. The entity tag of an
 * entry is its version, so {@code "3"}, {@code 3} and {@code W/"3"} all mean version 3.
 */
final class Preconditions {

    private Preconditions() {
    }

    static Precondition of(String ifMatch, String ifNoneMatch) {
        if (ifMatch != null && ifNoneMatch != null) {
            throw new InvalidInputException("If-None-Match", "send If-Match or If-None-Match, not both");
        }
        if (ifNoneMatch != null) {
            if (!ifNoneMatch.strip().equals("*")) {
                throw new InvalidInputException("If-None-Match", "a write takes only If-None-Match: * (create only);"
                        + " use If-Match: \"<version>\" for compare-and-set");
            }
            return Precondition.absent();
        }
        return ifMatch == null ? Precondition.NONE : ifMatch("If-Match", ifMatch);
    }

    /** One entity tag or {@code *}; also the {@code if_match} of a batch operation. */
    static Precondition ifMatch(String field, String value) {
        String tag = value.strip();
        if (tag.equals("*")) {
            return Precondition.exists();
        }
        Long version = version(tag);
        if (version == null) {
            throw new InvalidInputException(field, field + " '" + value + "' is not a version; send the ETag of the"
                    + " entry (such as \"3\") or *");
        }
        return Precondition.version(version);
    }

    /** The version named by an entity tag, or null if it names none. */
    static Long version(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        try {
            long version = Long.parseLong(t);
            return version > 0 ? version : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
