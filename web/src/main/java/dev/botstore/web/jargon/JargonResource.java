package dev.botstore.web.jargon;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.jargon.JargonCatalog;
import dev.botstore.api.jargon.JargonData;
import dev.botstore.api.jargon.JargonEntry;
import dev.botstore.api.jargon.JargonFilter;
import dev.botstore.api.jargon.JargonGroup;
import dev.botstore.api.jargon.JargonStatistics;
import dev.botstore.api.jargon.JargonWrite;
import dev.botstore.web.JsonFields;
import dev.botstore.web.QueryValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Jargon learned per chat: {@code /api/v1/jargon/...}. An entry is one row of {@code jargon}, keyed by
 * (chat_id, content); {@code is_complete: true} locks its definition against learning.
 */
@Path("jargon")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jargon", description = "Jargon terms learned per chat, global jargon, and its statistics")
public class JargonResource {

    private static final int DEFAULT_LIST = 50;
    private static final int DEFAULT_GLOBAL = 100;

    @EJB
    private JargonCatalog jargon;

    @Context
    private UriInfo uri;

    @GET
    @Path("entries")
    @Operation(summary = "List jargon entries, most recently updated first",
            description = "Filters: group_id (or its alias chat_id; absent = every chat, the global query, whose"
                    + " result is de-duplicated by content across chats), only_confirmed (true = confirmed jargon,"
                    + " false = not confirmed; absent = both), pending_only (unconfirmed and inference incomplete),"
                    + " global_only, local_only. limit 1-500 (default 50), offset. The original's manager defaulted"
                    + " only_confirmed to false: send it to get that. Covers: get_recent_jargon_list")
    public List<JargonEntry> list(@QueryParam("group_id") String groupId, @QueryParam("chat_id") String chatId,
                                  @QueryParam("only_confirmed") String onlyConfirmed,
                                  @QueryParam("pending_only") String pendingOnly,
                                  @QueryParam("global_only") String globalOnly,
                                  @QueryParam("local_only") String localOnly,
                                  @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        JargonFilter filter = filter(groupId != null ? groupId : chatId, tristate("only_confirmed", onlyConfirmed),
                pendingOnly, globalOnly, localOnly);
        return jargon.recent(filter, QueryValues.limit(limit, DEFAULT_LIST, JargonCatalog.MAX_PAGE),
                QueryValues.offset(offset));
    }

    @GET
    @Path("entries/count")
    @Operation(summary = "Count jargon entries",
            description = "With chat_id: the entries of that chat; without: the entries GET /jargon/entries lists"
                    + " over all its pages with the same filters (one per content, trimmed and case-folded; empty"
                    + " contents left out). Filters as in the list; only_confirmed absent counts confirmed and"
                    + " unconfirmed entries alike, whereas the original's manager defaulted only_confirmed to false"
                    + " (unconfirmed only): send only_confirmed=false to count what it counted."
                    + " Covers: get_jargon_count")
    public Map<String, Long> count(@QueryParam("chat_id") String chatId,
                                   @QueryParam("only_confirmed") String onlyConfirmed,
                                   @QueryParam("pending_only") String pendingOnly,
                                   @QueryParam("global_only") String globalOnly,
                                   @QueryParam("local_only") String localOnly) {
        return Map.of("count", jargon.count(filter(chatId, tristate("only_confirmed", onlyConfirmed), pendingOnly,
                globalOnly, localOnly)));
    }

    @GET
    @Path("entries/search")
    @Operation(summary = "Search jargon by a part of its content",
            description = "keyword matches anywhere in the content, in any case, literally (% and _ are not"
                    + " wildcards). Filters: chat_id (empty = every chat), confirmed_only, pending_only (unconfirmed),"
                    + " global_only, local_only. Highest count first, de-duplicated by content; limit 1-500"
                    + " (default 50). Covers: search_jargon")
    public List<JargonEntry> search(@QueryParam("keyword") String keyword, @QueryParam("chat_id") String chatId,
                                    @QueryParam("confirmed_only") String confirmedOnly,
                                    @QueryParam("pending_only") String pendingOnly,
                                    @QueryParam("global_only") String globalOnly,
                                    @QueryParam("local_only") String localOnly, @QueryParam("limit") String limit) {
        JargonFilter filter = filter(chatId, QueryValues.flag("confirmed_only", confirmedOnly) ? Boolean.TRUE : null,
                pendingOnly, globalOnly, localOnly);
        return jargon.search(keyword, filter, QueryValues.limit(limit, DEFAULT_LIST, JargonCatalog.MAX_PAGE));
    }

    @GET
    @Path("entries/lookup")
    @Operation(summary = "The entry of one term in one chat",
            description = "Exact match of chat_id and content; 404 when there is none. Covers: get_jargon")
    public JargonEntry lookup(@QueryParam("chat_id") String chatId, @QueryParam("content") String content) {
        return jargon.find(chatId, content).orElseThrow(() -> new NotFoundException(
                "chat '" + chatId + "' has no jargon entry '" + content + "'"));
    }

    @GET
    @Path("entries/{id}")
    @Operation(summary = "One jargon entry by id", description = "404 when absent. Covers: get_jargon_by_id")
    public JargonEntry byId(@PathParam("id") String id) {
        int key = id(id);
        return jargon.byId(key).orElseThrow(() -> missing(key));
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Insert a jargon entry",
            description = "Body: chat_id, content (required), raw_content, meaning, is_jargon (default unset), count"
                    + " (1), last_inference_count (0), is_complete, is_global (false), created_at, updated_at (now)."
                    + " 201 with Location when created; where the chat already has the content, 200 with that entry,"
                    + " unchanged. Covers: insert_jargon")
    public Response insert(JsonFields body) {
        JargonWrite write = jargon.insert(JargonBodies.read(body));
        if (!write.created()) {
            return Response.ok(write.entry()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("jargon/entries/{id}").build(write.entry().id()))
                .entity(write.entry()).build();
    }

    @PATCH
    @Path("entries/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an entry by hand",
            description = "Changes exactly the fields sent: content, raw_content, meaning, is_jargon, count,"
                    + " last_inference_count, is_complete, is_global, updated_at (default now). Sending"
                    + " is_complete: true locks the definition: later learning keeps meaning, raw_content and"
                    + " is_jargon and only adds to count. 404 when absent, 409 when the chat already has the new"
                    + " content. The whole entry as read may be sent back: id, chat_id and created_at never change"
                    + " and are ignored. Covers: update_jargon")
    public JargonEntry update(@PathParam("id") String id, JsonFields body) {
        return jargon.update(id(id), JargonBodies.read(body));
    }

    @PUT
    @Path("terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Learn a term: create or update the entry of (chat_id, content)",
            description = "Atomic on every backend. Body: chat_id, content, and the jargon_data fields to set. A new"
                    + " entry defaults to raw_content [], is_jargon true, count 1. An existing entry changes only in the"
                    + " fields sent; count is the new value, except on a locked entry (is_complete true), where it is"
                    + " added and meaning, raw_content, is_jargon and is_complete stay. Covers: save_or_update_jargon")
    public JargonEntry learn(JsonFields body) {
        JargonData data = JargonBodies.read(body);
        return jargon.saveOrUpdate(data.chatId(), data.content(), data);
    }

    @DELETE
    @Path("entries/{id}")
    @Operation(summary = "Delete an entry with its usage statistics", description = "204, or 404 when absent."
            + " Covers: delete_jargon_by_id")
    public Response delete(@PathParam("id") String id) {
        int key = id(id);
        if (!jargon.delete(key)) {
            throw missing(key);
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("entries/{id}/global")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share an entry with every chat, or stop sharing it",
            description = "Body: {\"is_global\": true|false}. The row stays in its chat; global queries see it."
                    + " Covers: set_jargon_global")
    public JargonEntry setGlobal(@PathParam("id") String id, JsonFields fields) {
        Boolean global = fields.flag("is_global");
        if (global == null) {
            throw new InvalidInputException("is_global", "is_global is required");
        }
        return jargon.setGlobal(id(id), global);
    }

    @POST
    @Path("groups/{chat_id}/global-sync")
    @Operation(summary = "Copy global jargon into a chat",
            description = "Every confirmed global term of other chats that this chat lacks becomes a local"
                    + " entry here (confirmed, count 1, raw_content []), once even when several chats share the"
                    + " term; a second sync adds nothing. Answers {chat_id, added}. Covers: sync_global_jargon_to_group")
    public Map<String, Object> syncGlobal(@PathParam("chat_id") String chatId) {
        return Map.of("chat_id", chatId, "added", jargon.syncGlobalToGroup(chatId));
    }

    @GET
    @Path("global")
    @Operation(summary = "Global confirmed jargon, highest count first",
            description = "Not de-duplicated. limit 1-500 (default 100). Covers: get_global_jargon_list")
    public List<JargonEntry> global(@QueryParam("limit") String limit) {
        return jargon.globalList(QueryValues.limit(limit, DEFAULT_GLOBAL, JargonCatalog.MAX_PAGE));
    }

    @GET
    @Path("groups")
    @Operation(summary = "Chats holding jargon, with their number of entries",
            description = "Most entries first. Covers: get_jargon_groups")
    public List<JargonGroup> groups() {
        return jargon.groups();
    }

    @GET
    @Path("statistics")
    @Operation(summary = "Jargon statistics of one chat or of all",
            description = "total_candidates, confirmed_jargon, completed_inference, total_occurrences,"
                    + " average_count, active_groups; group_id absent or empty = all chats."
                    + " Covers: get_jargon_statistics")
    public JargonStatistics statistics(@QueryParam("group_id") String groupId) {
        return jargon.statistics(groupId);
    }

    private static JargonFilter filter(String chatId, Boolean confirmed, String pendingOnly, String globalOnly,
                                       String localOnly) {
        return new JargonFilter(chatId, confirmed, QueryValues.flag("pending_only", pendingOnly),
                QueryValues.flag("global_only", globalOnly), QueryValues.flag("local_only", localOnly));
    }

    private static Boolean tristate(String name, String raw) {
        if (raw == null || raw.isBlank() || raw.strip().toLowerCase(Locale.ROOT).equals("any")) {
            return null;
        }
        return QueryValues.flag(name, raw);
    }

    private static int id(String raw) {
        return QueryValues.rowId("id", raw, "jargon entry");
    }

    private static NotFoundException missing(int id) {
        return new NotFoundException("no jargon entry " + id);
    }
}
