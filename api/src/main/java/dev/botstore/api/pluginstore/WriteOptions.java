package dev.botstore.api.pluginstore;

import java.util.Objects;

/**
 * How to write a value: an optional time to live in seconds (null = keep until deleted; writing
 * without a TTL removes an earlier one) and an optional {@link Precondition}.
 */
public record WriteOptions(Long ttlSeconds, Precondition precondition) {

    public static final WriteOptions NONE = new WriteOptions(null, Precondition.NONE);

    public WriteOptions {
        precondition = Objects.requireNonNullElse(precondition, Precondition.NONE);
        if (ttlSeconds != null) {
            PluginStoreRules.checkTtl("ttl_seconds", ttlSeconds);
        }
    }
}
