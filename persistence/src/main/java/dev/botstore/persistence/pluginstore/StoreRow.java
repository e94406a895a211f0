package dev.botstore.persistence.pluginstore;

import java.time.LocalDateTime;

/**
 * One row of {@code plugin_data} as the key-value store reads it: a plain value, never a managed
 * entity, since no answer of the store is ever written back through JPA. Times are UTC wall-clock.
 */
public record StoreRow(String chatKey, String userKey, String dataKey, String dataValue, long version,
                       LocalDateTime createTime, LocalDateTime updateTime, LocalDateTime expireTime) {
}
