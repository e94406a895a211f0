package dev.botstore.web.security;

import dev.botstore.api.security.ApiKeyInfo;
import dev.botstore.api.security.ApiKeys;
import dev.botstore.api.security.CreatedApiKey;
import dev.botstore.api.security.NewApiKey;
import dev.botstore.web.JsonFields;
import dev.botstore.web.QueryValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Key management: {@code /api/v1/admin/keys}. The secret of a key is in the answer to its creation only. */
@Path("admin/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "security", description = "API keys and the audit trail")
public class KeysResource {

    @EJB
    private ApiKeys keys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited("keys.create")
    @Operation(summary = "Create an API key", description = "{\"name\", \"role\", \"plugin\"}: role is admin, bot,"
            + " plugin (then plugin names the plugin it is bound to) or metrics. 201 with the key's secret, shown"
            + " this once and stored only as a hash.")
    public Response create(JsonFields body) {
        CreatedApiKey created = keys.create(new NewApiKey(body.text("name"), body.text("role"), body.text("plugin")));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Operation(summary = "List the API keys", description = "Every key with its name, role, plugin, the first"
            + " characters of its secret, creation, last use (to the minute) and revocation times; never a secret.")
    public List<ApiKeyInfo> list() {
        return keys.list();
    }

    @DELETE
    @Path("{id}")
    @Audited("keys.revoke")
    @Operation(summary = "Revoke an API key", description = "The key stops working at once on this server, and"
            + " within two seconds on every other server sharing the database. It stays listed, with its"
            + " revocation time. 404 for an unknown id.")
    public ApiKeyInfo revoke(@PathParam("id") String id) {
        return keys.revoke(QueryValues.rowId("id", id, "API key"));
    }
}
