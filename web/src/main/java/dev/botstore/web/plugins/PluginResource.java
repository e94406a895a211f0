package dev.botstore.web.plugins;

import dev.botstore.api.plugins.PluginLifecycle;
import dev.botstore.api.plugins.PluginRemoval;
import dev.botstore.api.plugins.PluginUsage;
import dev.botstore.web.security.Audited;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plugin as a whole: {@code /api/v1/plugins/{plugin}}. */
@Path("plugins/{plugin}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plugins", description = "What a plugin holds, and removing all of it")
public class PluginResource {

    @EJB
    private PluginLifecycle plugins;

    @GET
    @Operation(summary = "Usage of a plugin", description = "Its live key-value entries in every scope, and the"
            + " number and total size of its files.")
    public PluginUsage usage(@PathParam("plugin") @Parameter(example = "alice.weather") String plugin) {
        return plugins.usage(plugin);
    }

    @DELETE
    @Audited("plugin.remove")
    @Operation(summary = "Remove everything a plugin owns", description = "Its key-value entries in every scope and"
            + " its whole file area, with counts of what was deleted. Other plugins are untouched.")
    public PluginRemoval remove(@PathParam("plugin") @Parameter(example = "alice.weather") String plugin) {
        return plugins.remove(plugin);
    }
}
