package dev.botstore.web.message;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.message.LearningMessage;
import dev.botstore.api.message.MarkedMessages;
import dev.botstore.api.message.Messages;
import dev.botstore.api.message.ReplayMessage;
import dev.botstore.api.message.SenderStatistics;
import dev.botstore.api.message.SocialAnalysisGroup;
import dev.botstore.api.message.StoredBotMessage;
import dev.botstore.api.message.StoredFilteredMessage;
import dev.botstore.api.message.StoredMemory;
import dev.botstore.api.message.StoredRawMessage;
import dev.botstore.api.message.TimerangeMessage;
import dev.botstore.api.message.UnprocessedMessage;
import dev.botstore.web.InputTimes;
import dev.botstore.web.JsonFields;
import dev.botstore.web.Pages;
import dev.botstore.web.QueryValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The chat messages the bot learns from: {@code /api/v1/messages}. Raw messages come in one at a
 * time or in batches of up to 1,000, are marked processed by the learning pipeline, and leave
 * filtered messages, bot replies and memories behind. Times are epoch seconds, as the original's;
 * time inputs also take epoch milliseconds and ISO-8601. Listings page with {@code limit} (at most
 * 1,000) and {@code offset}.
 */
@Path("messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "messages", description = "Raw, filtered and bot messages, memories and message statistics")
public class MessageResource {

    private static final int MAX = Messages.MAX_PAGE;
    private static final String PAGING = " Paged by limit (at most 1000) and offset.";

    @EJB
    private Messages messages;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store one raw chat message",
            description = "Body: {sender_id, message, sender_name, sender_qq, group_id, timestamp, platform, message_id,"
                    + " reply_to}; sender_id and message must be sent but may be empty (an unknown sender, an image-only"
                    + " message), timestamp defaults to now. Stored unprocessed."
                    + " 201 with Location and the stored message. Covers: save_raw_message")
    public Response saveRawMessage(JsonFields body) {
        int id = messages.saveRawMessage(MessageBodies.rawMessage(body));
        return created(String.valueOf(id), messages.getRawMessage(id).orElseThrow());
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store up to 1,000 raw chat messages in one transaction",
            description = "Body: {\"messages\": [raw message, ...]} with 1 to 1000 messages, each as for POST"
                    + " /messages. All are stored or none: one invalid message is a 400 naming it"
                    + " (messages[499].sender_id). 201 with {\"ids\": [...]} in the order of the messages."
                    + " Covers: save_raw_message")
    public Response saveRawMessages(JsonFields body) {
        List<Integer> ids = messages.saveRawMessages(MessageBodies.rawMessages(body));
        return Response.status(Response.Status.CREATED).entity(new BatchIds(ids)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One raw message", description = "Every column; 404 when absent. Covers: save_raw_message")
    public StoredRawMessage getRawMessage(@PathParam("id") String id) {
        return messages.getRawMessage(QueryValues.rowId("id", id, "raw message")).orElseThrow(() -> missing("raw message", id));
    }

    @GET
    @Operation(summary = "Recent raw messages, newest first",
            description = "Every column of raw_messages, ordered by timestamp (then id) descending; group_id empty or"
                    + " absent = every group. limit defaults to 200." + PAGING + " Covers: get_recent_raw_messages")
    public List<StoredRawMessage> getRecentRawMessages(@QueryParam("group_id") String groupId,
                                                       @QueryParam("limit") String limit,
                                                       @QueryParam("offset") String offset) {
        return messages.getRecentRawMessages(groupId, QueryValues.limit(limit, 200, MAX), QueryValues.offset(offset));
    }

    @GET
    @Path("unprocessed")
    @Operation(summary = "Raw messages not yet processed, oldest first",
            description = "{id, sender_id, sender_name, sender_qq, message, group_id, platform, timestamp}; group_id"
                    + " empty or absent = every group. limit defaults to 100." + PAGING
                    + " Covers: get_unprocessed_messages")
    public List<UnprocessedMessage> getUnprocessedMessages(@QueryParam("group_id") String groupId,
                                                           @QueryParam("limit") String limit,
                                                           @QueryParam("offset") String offset) {
        return messages.getUnprocessedMessages(groupId, QueryValues.limit(limit, 100, MAX),
                QueryValues.offset(offset));
    }

    @POST
    @Path("processed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark raw messages processed",
            description = "Body: {\"message_ids\": [1, 2, ...]} (at most 10000). Answers {marked, missing_ids}: how many"
                    + " of the ids exist (already processed ones count) and which do not. Covers: mark_messages_processed")
    public MarkedMessages markMessagesProcessed(JsonFields body) {
        return messages.markMessagesProcessed(MessageBodies.ids(body, "message_ids"));
    }

    @GET
    @Path("timerange")
    @Operation(summary = "Raw messages of a group in a time range, oldest first",
            description = "group_id, start_time and end_time are required; start_time <= timestamp <= end_time"
                    + " (epoch seconds, milliseconds or ISO-8601). {id, sender_id, sender_name, message, group_id,"
                    + " timestamp}. limit defaults to 500." + PAGING
                    + " Covers: get_messages_by_timerange, get_messages_by_group_and_timerange")
    public List<TimerangeMessage> getMessagesByTimerange(@QueryParam("group_id") String groupId,
                                                         @QueryParam("start_time") String startTime,
                                                         @QueryParam("end_time") String endTime,
                                                         @QueryParam("limit") String limit,
                                                         @QueryParam("offset") String offset) {
        Instant start = required("start_time", startTime);
        Instant end = required("end_time", endTime);
        // whole-second timestamps: a fractional start rounds up, a fractional end down
        long first = start.getEpochSecond() + (start.getNano() > 0 ? 1 : 0);
        return messages.getMessagesByGroupAndTimerange(groupId, first, end.getEpochSecond(),
                QueryValues.limit(limit, 500, MAX), QueryValues.offset(offset));
    }

    @GET
    @Path("replay")
    @Operation(summary = "Processed raw messages of a group from the last days, newest first",
            description = "group_id is required; days defaults to 30; at (epoch seconds, ms or ISO-8601) is the"
                    + " present, now by default. {message_id (the raw message's id), message, sender_id, group_id,"
                    + " timestamp}. limit defaults to 100." + PAGING + " Covers: get_messages_for_replay")
    public List<ReplayMessage> getMessagesForReplay(@QueryParam("group_id") String groupId,
                                                    @QueryParam("days") String days,
                                                    @QueryParam("at") String at,
                                                    @QueryParam("limit") String limit,
                                                    @QueryParam("offset") String offset) {
        Long now = MessageBodies.seconds("at", at);
        return messages.getMessagesForReplay(groupId, QueryValues.wholeNumber("days", days, 30),
                now == null ? Instant.now().getEpochSecond() : now, QueryValues.limit(limit, 100, MAX),
                QueryValues.offset(offset));
    }

    @POST
    @Path("filtered")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a message that passed the quality filter",
            description = "Body: {message, raw_message_id, sender_id, group_id, timestamp, confidence, quality_scores"
                    + " (JSON), filter_reason}; message is required, timestamp defaults to now. 201 with Location and"
                    + " the stored message. Covers: add_filtered_message")
    public Response addFilteredMessage(JsonFields body) {
        int id = messages.addFilteredMessage(MessageBodies.filteredMessage(body));
        return created("filtered/" + id, messages.getFilteredMessage(id).orElseThrow());
    }

    @GET
    @Path("filtered/{id}")
    @Operation(summary = "One filtered message", description = "404 when absent. Covers: add_filtered_message")
    public StoredFilteredMessage getFilteredMessage(@PathParam("id") String id) {
        return messages.getFilteredMessage(QueryValues.rowId("id", id, "filtered message")).orElseThrow(() -> missing("filtered message", id));
    }

    @GET
    @Path("filtered")
    @Operation(summary = "Recent filtered messages, newest first",
            description = "{id, raw_message_id, message, sender_id, group_id, timestamp, confidence, quality_scores,"
                    + " filter_reason, created_at, processed}; group_id empty or absent = every group. limit defaults"
                    + " to 20." + PAGING + " Covers: get_recent_filtered_messages")
    public List<StoredFilteredMessage> getRecentFilteredMessages(@QueryParam("group_id") String groupId,
                                                                 @QueryParam("limit") String limit,
                                                                 @QueryParam("offset") String offset) {
        return messages.getRecentFilteredMessages(groupId, QueryValues.limit(limit, 20, MAX),
                QueryValues.offset(offset));
    }

    @GET
    @Path("filtered/learning")
    @Operation(summary = "Filtered messages not yet learned from, every group, oldest first",
            description = "{id, message, sender_id, group_id, timestamp, confidence}. limit defaults to 20." + PAGING
                    + " Covers: get_filtered_messages_for_learning")
    public List<LearningMessage> getFilteredMessagesForLearning(@QueryParam("limit") String limit,
                                                                @QueryParam("offset") String offset) {
        return messages.getFilteredMessagesForLearning(QueryValues.limit(limit, 20, MAX), QueryValues.offset(offset));
    }

    @POST
    @Path("bot")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a reply the bot sent",
            description = "Body: {group_id, message, timestamp}; group_id (the sender's id in a private chat) and"
                    + " message are required; timestamp absent or 0 = now. Text above 60,000 UTF-8 bytes is cut and"
                    + " marked ...[truncated]. 201 with Location and the stored reply. Covers: save_bot_message")
    public Response saveBotMessage(JsonFields f) {
        int id = messages.saveBotMessage(MessageBodies.id(f, "group_id"), f.text("message"),
                MessageBodies.seconds(f, "timestamp"));
        return created("bot/" + id, messages.getBotMessage(id).orElseThrow());
    }

    @GET
    @Path("bot/{id}")
    @Operation(summary = "One stored bot reply", description = "404 when absent. Covers: save_bot_message")
    public StoredBotMessage getBotMessage(@PathParam("id") String id) {
        return messages.getBotMessage(QueryValues.rowId("id", id, "bot message")).orElseThrow(() -> missing("bot message", id));
    }

    @GET
    @Path("bot")
    @Operation(summary = "The texts of a group's latest bot replies, newest first",
            description = "group_id is required. A JSON array of strings. limit defaults to 10." + PAGING
                    + " Covers: get_recent_bot_responses")
    public List<String> getRecentBotResponses(@QueryParam("group_id") String groupId,
                                              @QueryParam("limit") String limit,
                                              @QueryParam("offset") String offset) {
        return messages.getRecentBotResponses(groupId, QueryValues.limit(limit, 10, MAX), QueryValues.offset(offset));
    }

    @POST
    @Path("memories")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a memory about a user of a group",
            description = "Body: {group_id, user_id, content, memory_type, importance}; the first three are required,"
                    + " memory_type defaults to manual_remember and importance to 9. 201 with Location and the stored"
                    + " memory. Covers: save_manual_memory")
    public Response saveManualMemory(JsonFields body) {
        int id = messages.saveManualMemory(MessageBodies.memory(body));
        return created("memories/" + id, messages.getMemory(id).orElseThrow());
    }

    @GET
    @Path("memories/{id}")
    @Operation(summary = "One memory", description = "404 when absent. Covers: save_manual_memory")
    public StoredMemory getMemory(@PathParam("id") String id) {
        return messages.getMemory(QueryValues.rowId("id", id, "memory")).orElseThrow(() -> missing("memory", id));
    }

    @GET
    @Path("statistics")
    @Operation(summary = "Message counts, of one group or of all",
            description = "With group_id: {total_messages, unprocessed_messages, filtered_messages, raw_messages,"
                    + " group_id} of that group. Without: {total_messages, raw_messages, filtered_messages,"
                    + " bot_messages} over every group. total_messages counts raw messages."
                    + " Covers: get_message_statistics, get_messages_statistics, get_group_messages_statistics")
    public Object getMessageStatistics(@QueryParam("group_id") @Parameter(description = "empty or absent = all groups")
                                       String groupId) {
        return groupId == null || groupId.isEmpty() ? messages.getMessagesStatistics()
                : messages.getGroupMessagesStatistics(groupId);
    }

    @GET
    @Path("statistics/users")
    @Operation(summary = "The senders of a group by message count",
            description = "group_id is required. An object keyed by sender_id: {message_count, sender_name}, most"
                    + " messages first; sender_name is the latest non-empty name, else the sender_id. limit (senders)"
                    + " defaults to 50, at most 1000. Covers: get_group_user_statistics")
    public Map<String, SenderStatistics> getGroupUserStatistics(@QueryParam("group_id") String groupId,
                                                                @QueryParam("limit") String limit) {
        return messages.getGroupUserStatistics(groupId, QueryValues.limit(limit, 50, MAX));
    }

    @GET
    @Path("statistics/groups")
    @Operation(summary = "Groups by raw message count, for social analysis",
            description = "[{group_id, message_count, member_count (distinct senders), relation_count (rows of"
                    + " social_relations)}], most messages first. limit defaults to 100." + PAGING
                    + " Covers: get_groups_for_social_analysis")
    @APIResponse(responseCode = "200", description = "One page; a full page has a Link header rel=\"next\"",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SocialAnalysisGroup.class)))
    public Response getGroupsForSocialAnalysis(@QueryParam("limit") String limit,
                                               @QueryParam("offset") String offset) {
        int size = QueryValues.limit(limit, 100, MAX);
        int skip = QueryValues.offset(offset);
        return Pages.of(messages.getGroupsForSocialAnalysis(size, skip), size, skip, uri);
    }

    private Response created(String path, Object entity) {
        return Response.created(uri.getBaseUriBuilder().path("messages").path(path).build()).entity(entity).build();
    }

    private static Instant required(String name, String raw) {
        Instant time = InputTimes.parse(name, raw);
        if (time == null) {
            throw new InvalidInputException(name, name + " is required (epoch seconds, milliseconds or ISO-8601)");
        }
        return time;
    }

    private static NotFoundException missing(String what, String id) {
        return new NotFoundException("there is no " + what + " with id " + id);
    }
}
