package dev.botstore.web.learning;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.learning.ChangeSnapshot;
import dev.botstore.api.learning.Learning;
import dev.botstore.api.learning.LearningBatchView;
import dev.botstore.api.learning.LearningSessionView;
import dev.botstore.api.learning.PerformanceInput;
import dev.botstore.api.learning.PerformanceRecord;
import dev.botstore.api.learning.SessionInput;
import dev.botstore.api.learning.SnapshotInput;
import dev.botstore.web.InputTimes;
import dev.botstore.web.JsonFields;
import dev.botstore.web.Pages;
import dev.botstore.web.QueryValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Few-shots, persona change snapshots, learning batches, sessions and performance records. */
@Path("learning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class LearningRunsResource {

    private static final long DAY_SECONDS = 86_400;

    @EJB
    private Learning learning;

    @Context
    private UriInfo uri;

    @GET
    @Path("few-shots")
    @Operation(summary = "The few-shot dialogs of a group's approved style reviews",
            description = "group_id (required, exact; no other group's), limit 1-500 (default 3). A JSON array of"
                    + " strings, newest created review first; reviews with empty few_shots_content are left out."
                    + " Covers: get_approved_few_shots")
    public List<String> fewShots(@QueryParam("group_id") String groupId, @QueryParam("limit") String limit) {
        if (groupId == null || groupId.isEmpty()) {
            throw new InvalidInputException("group_id", "group_id is required");
        }
        return learning.approvedFewShots(groupId, QueryValues.limit(limit, 3, Learning.MAX_PAGE));
    }

    @POST
    @Path("snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the persona before and after a review was applied",
            description = "{\"review_id\" (required; a number is taken as its text), \"review_source\" (required:"
                    + " persona_learning, style_learning or traditional), \"applied_persona_id\", \"applied_at\""
                    + " (default now), \"before_system_prompt\", \"after_system_prompt\", \"before_begin_dialogs\","
                    + " \"after_begin_dialogs\", \"affected_fields\" (lists)}. 201 with Location."
                    + " Covers: save_persona_change_snapshot")
    public Response saveSnapshot(JsonFields f) {
        String reviewId = f.object().get("review_id") instanceof jakarta.json.JsonNumber number ? number.toString()
                : f.text("review_id", 100);
        if (reviewId != null && reviewId.length() > 100) {
            throw new InvalidInputException("review_id", "review_id is at most 100 characters");
        }
        ChangeSnapshot snapshot = learning.saveSnapshot(new SnapshotInput(reviewId, f.text("review_source", 50),
                f.text("applied_persona_id", 255), f.time("applied_at"), f.text("before_system_prompt"),
                f.text("after_system_prompt"), list(f, "before_begin_dialogs"), list(f, "after_begin_dialogs"),
                list(f, "affected_fields")));
        return LearningRequests.created(uri, "snapshots", snapshot.id(), snapshot);
    }

    @GET
    @Path("snapshots/latest")
    @Operation(summary = "The latest snapshot of one review",
            description = "review_source and review_id (both required); the one applied last. 404 when none."
                    + " Covers: get_persona_change_snapshot")
    public ChangeSnapshot latestSnapshot(@QueryParam("review_source") String reviewSource,
                                         @QueryParam("review_id") String reviewId) {
        return LearningRequests.found(learning.latestSnapshot(reviewSource, reviewId), "snapshot of review",
                reviewSource + "/" + reviewId);
    }

    @GET
    @Path("snapshots/{id}")
    @Operation(summary = "One snapshot by its id", description = "404 when none. Covers: get_persona_change_snapshot")
    public ChangeSnapshot snapshot(@PathParam("id") String id) {
        return LearningRequests.found(learning.snapshot(LearningRequests.id(id, "snapshot")), "snapshot", id);
    }

    @GET
    @Path("batches")
    @Operation(summary = "Learning batches, newest started first",
            description = "group_id narrows to one group; limit 1-500 (default 50 with group_id, else 10), offset."
                    + " Covers: get_learning_batch_history, get_recent_learning_batches")
    public List<LearningBatchView> batches(@QueryParam("group_id") String groupId, @QueryParam("limit") String limit,
                                           @QueryParam("offset") String offset) {
        int fallback = groupId == null || groupId.isEmpty() ? 10 : 50;
        return learning.learningBatches(groupId, QueryValues.limit(limit, fallback, Learning.MAX_PAGE),
                QueryValues.offset(offset));
    }

    @GET
    @Path("sessions")
    @Operation(summary = "Learning sessions, newest started first",
            description = "group_id narrows to one group; days keeps those started in the last days before at"
                    + " (epoch s/ms or ISO-8601, default now). limit 1-500 (default 5 with only group_id, else 100),"
                    + " offset. Covers: get_learning_sessions, get_recent_learning_sessions")
    @APIResponse(responseCode = "200", description = "One page; a full page has a Link header rel=\"next\"",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = LearningSessionView.class)))
    public Response sessions(@QueryParam("group_id") String groupId,
                                              @QueryParam("days") @Parameter(description = "e.g. 7") String days,
                                              @QueryParam("at") String at, @QueryParam("limit") String limit,
                                              @QueryParam("offset") String offset) {
        Long dayCount = QueryValues.wholeNumber("days", days);
        if (dayCount != null && (dayCount < 0 || dayCount > 36_500)) {
            throw new InvalidInputException("days", "days must be between 0 and 36500");
        }
        Instant now = at == null || at.isBlank() ? Instant.now() : InputTimes.parse("at", at);
        Instant after = dayCount == null ? null : now.minusSeconds(dayCount * DAY_SECONDS);
        int fallback = dayCount == null && groupId != null && !groupId.isEmpty() ? 5 : 100;
        int size = QueryValues.limit(limit, fallback, Learning.MAX_PAGE);
        int skip = QueryValues.offset(offset);
        return Pages.of(learning.learningSessions(groupId, after, size, skip), size, skip, uri);
    }

    @GET
    @Path("sessions/{session_id}")
    @Operation(summary = "One learning session", description = "404 when none. Covers: get_learning_sessions")
    public LearningSessionView session(@PathParam("session_id") String sessionId) {
        return LearningRequests.found(learning.learningSession(sessionId), "learning session", sessionId);
    }

    @PUT
    @Path("sessions/{session_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a learning session (create or update)",
            description = "{\"group_id\" (required for a new session), \"batch_id\", \"start_time\" (default now),"
                    + " \"end_time\", \"message_count\" (or messages_processed), \"learning_quality\" (or"
                    + " quality_score), \"status\" (default active)}. An existing session changes only end_time,"
                    + " message_count, learning_quality and status, those given. One atomic upsert on the session"
                    + " id. Answers the session. Covers: save_learning_session_record")
    public LearningSessionView saveSession(@PathParam("session_id") String sessionId, JsonFields f) {
        if (sessionId.length() > 255) {
            throw new InvalidInputException("session_id", "session_id is at most 255 characters");
        }
        Long count = f.has("message_count") ? f.wholeNumber("message_count") : f.wholeNumber("messages_processed");
        if (count != null && (count < 0 || count > Integer.MAX_VALUE)) {
            throw new InvalidInputException("message_count", "message_count is out of range: " + count);
        }
        return learning.saveLearningSession(sessionId, new SessionInput(f.text("group_id", 255),
                f.text("batch_id", 255), f.time("start_time"), f.time("end_time"),
                count == null ? null : count.intValue(),
                f.has("learning_quality") ? f.number("learning_quality") : f.number("quality_score"),
                f.text("status", 50)));
    }

    @POST
    @Path("performance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the performance of a learning run",
            description = "{\"group_id\" (required), \"session_id\", \"timestamp\" (default now; stored as whole"
                    + " seconds), \"quality_score\", \"learning_time\", \"success\" (default true),"
                    + " \"successful_pattern\", \"failed_pattern\" (lists or objects stored as JSON, text as given)}."
                    + " 201 with Location. Covers: save_learning_performance_record")
    public Response savePerformance(JsonFields f) {
        PerformanceRecord saved = learning.savePerformance(new PerformanceInput(f.text("group_id", 255),
                f.text("session_id", 255), f.time("timestamp"), f.number("quality_score"), f.number("learning_time"),
                f.flag("success"), f.jsonText("successful_pattern"), f.jsonText("failed_pattern")));
        return LearningRequests.created(uri, "performance", saved.id(), saved);
    }

    @GET
    @Path("performance/{id}")
    @Operation(summary = "One performance record", description = "404 when none."
            + " Covers: save_learning_performance_record")
    public PerformanceRecord performance(@PathParam("id") String id) {
        return LearningRequests.found(learning.performance(LearningRequests.id(id, "performance record")),
                "performance record", id);
    }

    private static String list(JsonFields f, String field) {
        if (f.has(field)) {
            f.array(field);
        }
        return f.jsonText(field);
    }
}
