package dev.botstore.api.pluginstore;

/**
 * The condition of a conditional write or delete, as HTTP spells it: {@code If-Match: "<version>"}
 * (compare-and-set), {@code If-Match: *} (the entry must exist) or {@code If-None-Match: *} (the
 * entry must not exist: create only). A write whose condition fails changes nothing.
 */
public record Precondition(Kind kind, long version) {

    public enum Kind { NONE, VERSION, EXISTS, ABSENT }

    public static final Precondition NONE = new Precondition(Kind.NONE, 0);

    public static Precondition version(long version) {
        return new Precondition(Kind.VERSION, version);
    }

    public static Precondition exists() {
        return new Precondition(Kind.EXISTS, 0);
    }

    public static Precondition absent() {
        return new Precondition(Kind.ABSENT, 0);
    }

    /** How a failure reads to the caller. */
    public String describe() {
        return switch (kind) {
            case NONE -> "no condition";
            case VERSION -> "the entry must be at version " + version;
            case EXISTS -> "the entry must exist";
            case ABSENT -> "the entry must not exist";
        };
    }
}
