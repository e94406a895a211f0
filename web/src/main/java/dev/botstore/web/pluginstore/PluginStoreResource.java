package dev.botstore.web.pluginstore;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.PayloadTooLargeException;
import dev.botstore.api.pluginstore.PluginStore;
import dev.botstore.api.pluginstore.StoreEntry;
import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.api.pluginstore.StoreWrite;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The plugin key-value store over HTTP: {@code /api/v1/plugins/{plugin}/store/{key}}, scoped by the
 * query parameters {@code chat_key} and {@code user_key} (absent = empty = not scoped by this).
 */
@Path("plugins/{plugin}/store")
@RequestScoped
@Tag(name = "plugin store", description = "Key-value store of a plugin, scoped by chat and user")
public class PluginStoreResource {

    /** JSON may escape every character of the value, so its body may be several times the value. */
    private static final int JSON_OVERHEAD_FACTOR = 6;

    @EJB
    private PluginStore store;

    @PathParam("plugin")
    @Parameter(description = "plugin key, <author>.<module>", example = "alice.weather")
    private String plugin;

    @QueryParam("chat_key")
    @Parameter(description = "chat (channel, group, session) the value belongs to; empty = any")
    private String chatKey;

    @QueryParam("user_key")
    @Parameter(description = "user the value belongs to; empty = any")
    private String userKey;

    @Context
    private UriInfo uri;

    @GET
    @Path("{key: .+}")
    @Produces("application/json; qs=1") // the richer answer when the client accepts anything
    @Operation(summary = "Read a value with its version and timestamps",
            description = "404 when absent. The ETag is the version. Accept: text/plain gives the raw value.")
    public Response getEntry(@PathParam("key") String key) {
        StoreEntry entry = find(key);
        return Response.ok(entry).tag(etag(entry)).build();
    }

    @GET
    @Path("{key: .+}")
    @Produces("text/plain; qs=0.5")
    @Operation(summary = "Read the raw value", description = "404 when absent. The ETag is the version.")
    public Response getValue(@PathParam("key") String key) {
        StoreEntry entry = find(key);
        return Response.ok(entry.value(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).tag(etag(entry)).build();
    }

    @PUT
    @Path("{key: .+}")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the raw body as the value",
            description = "201 when created, 200 when replaced; the ETag is the new version. A value above the"
                    + " limit (1 MiB by default) is a 413: store large data in the plugin file area.")
    public Response putText(@PathParam("key") String key, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                            InputStream body) throws IOException {
        StoreKey address = address(key);
        return written(store.put(address, body(length, body, store.maxValueBytes(), "the value")));
    }

    @PUT
    @Path("{key: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write {\"value\": \"...\"} as the value",
            description = "201 when created, 200 when replaced; the ETag is the new version. The value is a string"
                    + " (serialise structured data yourself).")
    public Response putJson(@PathParam("key") String key, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                            InputStream body) throws IOException {
        StoreKey address = address(key);
        String json = body(length, body, store.maxValueBytes() * JSON_OVERHEAD_FACTOR + 1024, "the JSON body");
        return written(store.put(address, valueOf(json)));
    }

    @DELETE
    @Path("{key: .+}")
    @Operation(summary = "Delete a value", description = "204 when deleted, 404 when there was nothing to delete.")
    public Response delete(@PathParam("key") String key) {
        if (!store.delete(address(key))) {
            throw absent(key);
        }
        return Response.noContent().build();
    }

    private StoreEntry find(String key) {
        return store.get(address(key)).orElseThrow(() -> absent(key));
    }

    private Response written(StoreWrite write) {
        Response.ResponseBuilder response = write.created()
                ? Response.created(uri.getRequestUri()) : Response.ok();
        return response.entity(write.entry()).type(MediaType.APPLICATION_JSON_TYPE).tag(etag(write.entry())).build();
    }

    private StoreKey address(String key) {
        return new StoreKey(plugin, chatKey, userKey, key);
    }

    private NotFoundException absent(String key) {
        return new NotFoundException("no value for key '" + key + "' of plugin " + plugin + " in this scope"
                + " (chat_key='" + nullToEmpty(chatKey) + "', user_key='" + nullToEmpty(userKey) + "')");
    }

    /** The body as text, refused early by its Content-Length and never buffered past the limit. */
    private static String body(Long contentLength, InputStream in, long limit, String what) throws IOException {
        if (contentLength != null && contentLength > limit) {
            throw new PayloadTooLargeException("the body is " + contentLength + " bytes; at most " + limit
                    + " are accepted. Store large or binary data in the plugin file area instead", limit);
        }
        return BoundedBody.readUtf8(in, limit, what);
    }

    /** {@code {"value": "..."}}; the value must be a string. */
    private static String valueOf(String json) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue parsed = reader.readValue();
            if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("body", "the JSON body must be an object such as {\"value\": \"...\"}");
            }
            object = parsed.asJsonObject();
        }
        JsonValue value = object.get("value");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("value", "value is required");
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidInputException("value", "value must be a string; serialise structured data to a JSON"
                    + " string yourself, e.g. {\"value\": \"{\\\"a\\\": 1}\"}");
        }
        if (object.containsKey("ttl_seconds")) {
            throw new InvalidInputException("ttl_seconds", "ttl_seconds is not supported by this server yet;"
                    + " the value was not written");
        }
        return text.getString();
    }

    private static EntityTag etag(StoreEntry entry) {
        return new EntityTag(Long.toString(entry.version()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
