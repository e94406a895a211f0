package dev.botstore.api.pluginstore;

import java.util.Objects;

/**
 * Where one value lives: the plugin, the scope ({@code chatKey}, {@code userKey}; an empty string
 * means "not scoped by this") and the store key. Construction validates every part against the
 * rules of {@link PluginStoreRules}, so a {@code StoreKey} is always a legal address.
 */
public record StoreKey(String plugin, String chatKey, String userKey, String key) {

    public StoreKey {
        chatKey = Objects.requireNonNullElse(chatKey, "");
        userKey = Objects.requireNonNullElse(userKey, "");
        PluginStoreRules.checkPluginKey(plugin);
        PluginStoreRules.checkScopeKey("chat_key", chatKey);
        PluginStoreRules.checkScopeKey("user_key", userKey);
        PluginStoreRules.checkStoreKey(key);
    }

    public StoreScope scope() {
        return new StoreScope(plugin, chatKey, userKey);
    }
}
