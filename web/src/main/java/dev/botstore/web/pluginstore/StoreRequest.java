package dev.botstore.web.pluginstore;

import dev.botstore.api.pluginstore.Precondition;
import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.api.pluginstore.StoreScope;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every call of the key-value store names besides the key: the plugin, the scope and the
 * conditional headers, read per request into this plain object (a JAX-RS bean parameter) so that
 * {@link PluginStoreResource} can be one shared instance instead of a request-scoped bean built
 * and injected for every call.
 */
public class StoreRequest {

    @PathParam("plugin")
    @Parameter(description = "plugin key, <author>.<module>", example = "alice.weather")
    private String plugin;

    @QueryParam("chat_key")
    @Parameter(description = "chat (channel, group, session) the value belongs to; empty = any")
    private String chatKey;

    @QueryParam("user_key")
    @Parameter(description = "user the value belongs to; empty = any")
    private String userKey;

    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(description = "\"<version>\" for compare-and-set, or * (the entry must exist)")
    private String ifMatch;

    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    @Parameter(description = "* to create only; on a read, the ETag you hold (304 when unchanged)")
    private String ifNoneMatch;

    String plugin() {
        return plugin;
    }

    String chatKey() {
        return chatKey;
    }

    String userKey() {
        return userKey;
    }

    String ifNoneMatch() {
        return ifNoneMatch;
    }

    StoreKey key(String key) {
        return new StoreKey(plugin, chatKey, userKey, key);
    }

    StoreScope scope() {
        return new StoreScope(plugin, chatKey, userKey);
    }

    /** The condition of a write: If-Match or If-None-Match: *. */
    Precondition writeCondition() {
        return Preconditions.of(ifMatch, ifNoneMatch);
    }

    /** The condition of a delete: If-Match only. */
    Precondition deleteCondition() {
        return ifMatch == null ? Precondition.NONE : Preconditions.ifMatch("If-Match", ifMatch);
    }

    NotFoundException absent(String key) {
        return new NotFoundException("no value for key '" + key + "' of plugin " + plugin + " in this scope"
                + " (chat_key='" + nullToEmpty(chatKey) + "', user_key='" + nullToEmpty(userKey) + "')");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
