package dev.botstore.web.pluginstore;

import dev.botstore.api.pluginstore.PluginStore;
import dev.botstore.api.pluginstore.ScopedEntry;
import dev.botstore.web.Pages;
import dev.botstore.web.QueryValues;
import dev.botstore.web.security.Audited;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The host's operations on the key-value store of every plugin, as Nekro Agent's web UI performs
 * them: a chat reset across all plugins, a plugin's entries across all scopes, and a reset of a
 * plugin's entries that keeps its files. They sit outside {@code /plugins/{plugin}}, the part a
 * plugin's own key reaches, because they are the operator's.
 */
@Path("plugin-store")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plugin store administration", description = "The host's view of every plugin's key-value store")
public class PluginStoreAdminResource {

    private static final int DEFAULT_PAGE = 100;

    @EJB
    private PluginStore store;

    @Context
    private UriInfo uri;

    @DELETE
    @Path("chats/{chat_key}")
    @Audited("plugin_store.reset_chat")
    @Operation(summary = "Reset one chat in every plugin",
            description = "Deletes every key-value entry of the chat in every plugin, whatever its user_key (Nekro's"
                    + " channel reset). Answers {\"chat_key\", \"deleted\"}. Files are not touched.")
    public Map<String, Object> resetChat(@PathParam("chat_key")
                                         @Parameter(example = "onebot_v11-group_123456") String chatKey) {
        return Map.of("chat_key", chatKey, "deleted", store.deleteChat(chatKey));
    }

    @GET
    @Path("plugins/{plugin}/entries")
    @Operation(summary = "A plugin's entries in every scope",
            description = "Live entries as {chat_key, user_key, key, value, version, created_at, updated_at,"
                    + " expires_at}, by chat_key, user_key and key. limit 1-1000 (default 100), offset; a full page"
                    + " has a Link header rel=\"next\".")
    @APIResponse(responseCode = "200", description = "One page; a full page has a Link header rel=\"next\"",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ScopedEntry.class)))
    public Response entries(@PathParam("plugin") @Parameter(example = "alice.weather") String plugin,
                            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        int size = QueryValues.limit(limit, DEFAULT_PAGE, PluginStore.MAX_PAGE);
        int skip = QueryValues.offset(offset);
        return Pages.of(store.entries(plugin, size, skip), size, skip, uri);
    }

    @DELETE
    @Path("plugins/{plugin}/entries")
    @Audited("plugin_store.reset_plugin")
    @Operation(summary = "Reset a plugin's key-value data",
            description = "Deletes every key-value entry of the plugin in every scope and keeps its file area."
                    + " Answers {\"plugin\", \"deleted\"}.")
    public Map<String, Object> resetPlugin(@PathParam("plugin") @Parameter(example = "alice.weather") String plugin) {
        return Map.of("plugin", plugin, "deleted", store.deletePlugin(plugin));
    }
}
