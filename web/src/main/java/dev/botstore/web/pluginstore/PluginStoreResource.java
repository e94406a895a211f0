package dev.botstore.web.pluginstore;

import dev.botstore.api.error.PayloadTooLargeException;
import dev.botstore.api.pluginstore.BatchResult;
import dev.botstore.api.pluginstore.PluginStore;
import dev.botstore.api.pluginstore.PluginStoreRules;
import dev.botstore.api.pluginstore.StoreEntry;
import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.api.pluginstore.StorePage;
import dev.botstore.api.pluginstore.StoreScope;
import dev.botstore.api.pluginstore.StoreWrite;
import dev.botstore.api.pluginstore.WriteOptions;
import dev.botstore.web.BoundedBody;
import dev.botstore.web.QueryValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The plugin key-value store over HTTP: {@code /api/v1/plugins/{plugin}/store/{key}}, scoped by the
 * query parameters {@code chat_key} and {@code user_key} (absent = empty = not scoped by this).
 * The ETag of an entry is its version; {@code If-Match} and {@code If-None-Match: *} make writes
 * conditional (412 when the condition fails).
 *
 * <p>One instance serves every request (the key-value path is the hottest of the API): what a call
 * names arrives as method parameters and in a {@link StoreRequest}, never in fields.
 */
@Path("plugins/{plugin}/store")
@ApplicationScoped
@Tag(name = "plugin store", description = "Key-value store of a plugin, scoped by chat and user")
public class PluginStoreResource {

    /** JSON may escape every character of the value, so its body may be several times the value. */
    private static final int JSON_OVERHEAD_FACTOR = 6;
    /** A batch body holds up to 100 values; it is read whole, so it gets a bound of its own. */
    private static final int BATCH_BODY_FACTOR = 8;
    private static final int DEFAULT_PAGE = 100;
    private static final MediaType TEXT_UTF8 = MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8");

    @EJB
    private PluginStore store;

    @GET
    @Path("{key: .+}")
    @Produces("application/json; qs=1") // the richer answer when the client accepts anything
    @Operation(summary = "Read a value with its version and timestamps",
            description = "404 when absent or expired. The ETag is the version; If-None-Match with it gives 304."
                    + " Accept: text/plain gives the raw value.")
    public Response getEntry(@BeanParam StoreRequest call, @PathParam("key") String key, @Context Request request) {
        StoreEntry entry = find(call, key);
        return unchanged(call, request, entry).orElse(Response.ok(entry)).tag(etag(entry)).build();
    }

    @GET
    @Path("{key: .+}")
    @Produces("text/plain; qs=0.5")
    @Operation(summary = "Read the raw value", description = "404 when absent or expired. The ETag is the version.")
    public Response getValue(@BeanParam StoreRequest call, @PathParam("key") String key, @Context Request request) {
        StoreEntry entry = find(call, key);
        return unchanged(call, request, entry).orElse(Response.ok(entry.value(), TEXT_UTF8)).tag(etag(entry)).build();
    }

    @PUT
    @Path("{key: .+}")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the raw body as the value",
            description = "201 when created, 200 when replaced; the ETag is the new version. ttl_seconds (query)"
                    + " makes the value expire. If-Match: \"<version>\" = compare-and-set, If-None-Match: * = create"
                    + " only; 412 when the condition fails. A value above the limit (1 MiB by default) is a 413:"
                    + " store large data in the plugin file area.")
    public Response putText(@BeanParam StoreRequest call, @PathParam("key") String key,
                            @QueryParam("ttl_seconds") String ttlSeconds,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body,
                            @Context UriInfo uri) throws IOException {
        StoreKey address = call.key(key);
        WriteOptions options = new WriteOptions(QueryValues.wholeNumber("ttl_seconds", ttlSeconds),
                call.writeCondition());
        String value = bounded(length, body, store.maxValueBytes(), "the value");
        return written(uri, store.put(address, value, options));
    }

    @PUT
    @Path("{key: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write {\"value\": \"...\", \"ttl_seconds\": n} as the value",
            description = "201 when created, 200 when replaced; the ETag is the new version. The value is a string"
                    + " (serialise structured data yourself). Conditions as for the text/plain write.")
    public Response putJson(@BeanParam StoreRequest call, @PathParam("key") String key,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body,
                            @Context UriInfo uri) throws IOException {
        StoreKey address = call.key(key);
        String json = bounded(length, body, store.maxValueBytes() * JSON_OVERHEAD_FACTOR + 1024, "the JSON body");
        ValueRequest value = ValueRequest.parse(json);
        WriteOptions options = new WriteOptions(value.ttlSeconds(), call.writeCondition());
        return written(uri, store.put(address, value.value(), options));
    }

    @DELETE
    @Path("{key: .+}")
    @Operation(summary = "Delete a value", description = "204 when deleted, 404 when there was nothing to delete."
            + " If-Match: \"<version>\" deletes only that version (412 otherwise).")
    public Response delete(@BeanParam StoreRequest call, @PathParam("key") String key) {
        if (!store.delete(call.key(key), call.deleteCondition())) {
            throw call.absent(key);
        }
        return Response.noContent().build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the keys of one scope in key order",
            description = "Keys starting with prefix, at most limit (1-1000, default 100) per page; pass next_cursor"
                    + " back as cursor for the next page (absent on the last). values=true includes the values."
                    + " Every key that exists throughout appears exactly once, whatever is written meanwhile.")
    public StorePage list(@BeanParam StoreRequest call, @QueryParam("prefix") @DefaultValue("") String prefix,
                          @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                          @QueryParam("values") String values) {
        return store.list(call.scope(), prefix, QueryValues.wholeNumber("limit", limit, DEFAULT_PAGE), cursor,
                QueryValues.flag("values", values));
    }

    @POST
    @Path(PluginStoreRules.BATCH_SEGMENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run up to 100 operations in one transaction",
            description = "{\"operations\": [{\"op\": \"get\"|\"set\"|\"delete\", \"key\", \"value\", \"ttl_seconds\","
                    + " \"if_match\"}]}, in the scope of the query parameters. Answers {\"results\": [{\"status\","
                    + " \"value\", \"version\"}]} in order. An invalid operation (400) or a failed if_match (412)"
                    + " rejects the whole batch, names the operation, and writes nothing.")
    public Map<String, List<BatchResult>> batch(@BeanParam StoreRequest call,
                                                @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                                                InputStream body) throws IOException {
        StoreScope scope = call.scope();
        String json = bounded(length, body, store.maxValueBytes() * BATCH_BODY_FACTOR + 65536, "the batch body");
        return Map.of("results", store.batch(scope, BatchRequest.parse(json)));
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete every entry of one chat or one user (chat reset)",
            description = "chat_key: every entry of that chat, whatever its user_key; user_key: every entry of that"
                    + " user, whatever its chat_key; both: that pair. One of them is required.")
    public Map<String, Long> deleteEntries(@BeanParam StoreRequest call) {
        return Map.of("deleted", store.deleteEntries(call.plugin(), call.chatKey(), call.userKey()));
    }

    private StoreEntry find(StoreRequest call, String key) {
        return store.get(call.key(key)).orElseThrow(() -> call.absent(key));
    }

    /** 304 when the caller's If-None-Match names the current version. */
    private static Optional<Response.ResponseBuilder> unchanged(StoreRequest call, Request request, StoreEntry entry) {
        return Optional.ofNullable(call.ifNoneMatch() == null ? null : request.evaluatePreconditions(etag(entry)));
    }

    private static Response written(UriInfo uri, StoreWrite write) {
        Response.ResponseBuilder response = write.created()
                ? Response.created(uri.getRequestUri()) : Response.ok();
        return response.entity(write.entry()).type(MediaType.APPLICATION_JSON_TYPE).tag(etag(write.entry())).build();
    }

    private static EntityTag etag(StoreEntry entry) {
        return new EntityTag(Long.toString(entry.version()));
    }

    /** A body within its limit; above it, a 413 that points plugin authors to where large data belongs. */
    private static String bounded(Long length, InputStream body, long limit, String what) throws IOException {
        try {
            return BoundedBody.readUtf8(length, body, limit, what);
        } catch (PayloadTooLargeException tooLarge) {
            throw new PayloadTooLargeException(tooLarge.getMessage() + ". Store large or binary data in the plugin"
                    + " file area instead", tooLarge.limitBytes());
        }
    }
}
