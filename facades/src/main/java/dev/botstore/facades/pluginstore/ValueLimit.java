package dev.botstore.facades.pluginstore;

import dev.botstore.facades.config.Settings;
import jakarta.enterprise.context.RequestScoped;

/**
 * {@code plugin_store_max_value_bytes} as read for the request at hand. A write needs it twice (the
 * web module bounds the body it reads by it, the facade checks the value against it) and a batch
 * once for each value; reading the configuration once per request instead keeps what matters: a
 * changed setting takes effect on the next request.
 */
@RequestScoped
public class ValueLimit {

    static final long DEFAULT_BYTES = 1024 * 1024;

    private Long bytes;

    public long bytes() {
        if (bytes == null) {
            bytes = Settings.getLong("plugin_store_max_value_bytes", DEFAULT_BYTES);
        }
        return bytes;
    }
}
