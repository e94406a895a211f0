package dev.botstore.api.pluginstore;

/**
 * One operation of a batch: {@code get}, {@code set} (with {@code value}, optional
 * {@code ttlSeconds}) or {@code delete}, each with an optional precondition ({@code if_match}).
 */
public record BatchOperation(Kind op, String key, String value, Long ttlSeconds, Precondition precondition) {

    public enum Kind { GET, SET, DELETE }
}
