package dev.botstore.api.pluginstore;

import java.util.Objects;

/**
 * One scope of a plugin's store: the plugin and the pair ({@code chatKey}, {@code userKey}), where
 * an empty string means "not scoped by this". Validated on construction like {@link StoreKey}.
 */
public record StoreScope(String plugin, String chatKey, String userKey) {

    public StoreScope {
        chatKey = Objects.requireNonNullElse(chatKey, "");
        userKey = Objects.requireNonNullElse(userKey, "");
        PluginStoreRules.checkPluginKey(plugin);
        PluginStoreRules.checkScopeKey("chat_key", chatKey);
        PluginStoreRules.checkScopeKey("user_key", userKey);
    }

    /** The address of {@code key} in this scope. */
    public StoreKey key(String key) {
        return new StoreKey(plugin, chatKey, userKey, key);
    }
}
