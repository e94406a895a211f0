package dev.botstore.web.affection;

import dev.botstore.api.affection.Affection;
import dev.botstore.api.affection.AffectionTotal;
import dev.botstore.api.affection.BotMoodState;
import dev.botstore.api.affection.MoodInput;
import dev.botstore.api.affection.UserAffectionLevel;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.NotFoundException;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users' affection for the bot and the bot's mood, per group: {@code /api/v1/affection/groups/{group_id}/...}. */
@Path("affection/groups/{group_id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "affection", description = "Affection levels of users and the bot's mood, per group")
public class AffectionResource {

    private static final int DEFAULT_PAGE = 1000;

    @EJB
    private Affection affection;

    @PathParam("group_id")
    private String groupId;

    @Context
    private UriInfo uri;

    @GET
    @Path("users")
    @Operation(summary = "Affection levels of a group's users",
            description = "Oldest first; limit 1-10000 (default 1000), offset. Covers: get_all_user_affections")
    @APIResponse(responseCode = "200", description = "One page; a full page has a Link header rel=\"next\"",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UserAffectionLevel.class)))
    public Response all(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        int size = QueryValues.limit(limit, DEFAULT_PAGE, Affection.MAX_PAGE);
        int skip = QueryValues.offset(offset);
        return Pages.of(affection.all(groupId, size, skip), size, skip, uri);
    }

    @GET
    @Path("users/{user_id}")
    @Operation(summary = "One user's affection level", description = "404 when the user has none yet."
            + " Covers: get_user_affection")
    public UserAffectionLevel get(@PathParam("user_id") String userId) {
        return affection.get(groupId, userId).orElseThrow(() -> new NotFoundException(
                "user '" + userId + "' has no affection level in group '" + groupId + "'"));
    }

    @PUT
    @Path("users/{user_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a user's affection level",
            description = "Body: new_level (required, absolute), change_reason, bot_mood (accepted, not stored, as in"
                    + " the original). The level is clamped to [0, max_affection] (100 for a new user), on creation"
                    + " as well as on update; the write is one atomic upsert. Covers: update_user_affection")
    public UserAffectionLevel update(@PathParam("user_id") String userId, JsonFields fields) {
        Long level = fields.wholeNumber("new_level");
        if (level == null) {
            throw new InvalidInputException("new_level", "new_level is required");
        }
        fields.text("change_reason");
        fields.text("bot_mood");
        return affection.update(groupId, userId, level);
    }

    @GET
    @Path("total")
    @Operation(summary = "The sum of a group's affection levels",
            description = "{group_id, total_affection, users}; 0 for a group without users. Covers: get_total_affection")
    public AffectionTotal total() {
        return affection.total(groupId);
    }

    @POST
    @Path("moods")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the bot's mood in a group",
            description = "Body: mood_type (required), mood_intensity (default 0.5), mood_description,"
                    + " duration_hours (default 24), start_time (epoch s, ms or ISO-8601; default now). Ends the"
                    + " group's current mood at start_time; the new one is current until the next one, as in the"
                    + " original (end_time absent). With the setting mood_expires_after_duration=true it also ends"
                    + " at start_time + duration. 201. Covers: save_bot_mood")
    public Response saveMood(JsonFields fields) {
        Double intensity = fields.number("mood_intensity");
        Double hours = fields.number("duration_hours");
        BotMoodState mood = affection.saveMood(groupId, new MoodInput(fields.requiredText("mood_type"),
                intensity == null ? 0.5 : intensity, fields.text("mood_description"), hours == null ? 24 : hours,
                fields.time("start_time")));
        return Response.created(uri.getBaseUriBuilder().path("affection/groups/{group}/moods/current")
                .build(groupId)).entity(mood).build();
    }

    @GET
    @Path("moods/current")
    @Operation(summary = "The bot's current mood in a group",
            description = "The mood in force at `at` (epoch s, ms or ISO-8601; default now): saved before it and"
                    + " not replaced (nor expired, where moods expire). 404 when there is none. Covers: get_current_bot_mood")
    public BotMoodState currentMood(@QueryParam("at") String at) {
        return affection.currentMood(groupId, InputTimes.parse("at", at)).orElseThrow(() -> new NotFoundException(
                "the bot has no current mood in group '" + groupId + "'"));
    }
}
