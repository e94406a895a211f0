package dev.botstore.web.social;

import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.social.GroupRelation;
import dev.botstore.api.social.RelationWrite;
import dev.botstore.api.social.Social;
import dev.botstore.api.social.UserPreferencesData;
import dev.botstore.api.social.UserProfileData;
import dev.botstore.api.social.UserRelations;
import dev.botstore.web.Pages;
import dev.botstore.web.JsonFields;
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

/** User profiles, preferences and the social graph: {@code /api/v1/social/...}. */
@Path("social")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "social", description = "User profiles, preferences and social relations")
public class SocialResource {

    private static final int DEFAULT_PAGE = 1000;

    @EJB
    private Social social;

    @Context
    private UriInfo uri;

    @GET
    @Path("profiles/{qq_id}")
    @Operation(summary = "A user's profile", description = "JSON fields parsed; 404 when absent."
            + " Covers: load_user_profile")
    public UserProfileData profile(@PathParam("qq_id") String qqId) {
        return social.profile(qqId).orElseThrow(() -> new NotFoundException("no profile of user '" + qqId + "'"));
    }

    @PUT
    @Path("profiles/{qq_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update a user's profile",
            description = "Body: any of qq_name, nicknames (list), activity_pattern, communication_style,"
                    + " topic_preferences, emotional_tendency (objects), last_active (epoch s, ms or ISO-8601;"
                    + " default now). A stored profile keeps the fields not sent. Atomic upsert."
                    + " Covers: save_user_profile")
    public UserProfileData saveProfile(@PathParam("qq_id") String qqId, JsonFields body) {
        return social.saveProfile(qqId, SocialBodies.profile(body));
    }

    @GET
    @Path("groups/{group_id}/users/{user_id}/preferences")
    @Operation(summary = "A user's preferences in a group", description = "404 when absent."
            + " Covers: load_user_preferences")
    public UserPreferencesData preferences(@PathParam("group_id") String groupId,
                                           @PathParam("user_id") String userId) {
        return social.preferences(userId, groupId).orElseThrow(() -> new NotFoundException(
                "user '" + userId + "' has no preferences in group '" + groupId + "'"));
    }

    @PUT
    @Path("groups/{group_id}/users/{user_id}/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update a user's preferences in a group",
            description = "Body: any of favorite_topics (list), interaction_style, learning_preferences (objects),"
                    + " adaptive_rate (default 0.5). Stored preferences keep the fields not sent. Atomic upsert."
                    + " Covers: save_user_preferences")
    public UserPreferencesData savePreferences(@PathParam("group_id") String groupId,
                                               @PathParam("user_id") String userId, JsonFields body) {
        return social.savePreferences(userId, groupId, SocialBodies.preferences(body));
    }

    @GET
    @Path("groups/{group_id}/relations")
    @Operation(summary = "The social graph of a group",
            description = "Every relation as {from_user, to_user, relation_type, strength, frequency,"
                    + " last_interaction, description}, oldest first; limit 1-10000 (default 1000), offset."
                    + " Covers: get_social_relations_by_group, get_social_relationships, load_social_graph")
    @APIResponse(responseCode = "200", description = "One page; a full page has a Link header rel=\"next\"",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = GroupRelation.class)))
    public Response relations(@PathParam("group_id") String groupId, @QueryParam("limit") String limit,
                              @QueryParam("offset") String offset) {
        int size = QueryValues.limit(limit, DEFAULT_PAGE, Social.MAX_PAGE);
        int skip = QueryValues.offset(offset);
        return Pages.of(social.relationsOfGroup(groupId, size, skip), size, skip, uri);
    }

    @POST
    @Path("groups/{group_id}/relations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a relation between two users",
            description = "Body: from_user, to_user (or from_user_id, to_user_id), relation_type (default"
                    + " interaction), strength (0.5), frequency (1), last_interaction (now), relation_name. One relation"
                    + " per (from_user, to_user, relation_type): 201 with Location (the from-user's relations) when created; 200 when the existing one was"
                    + " updated as sent (frequency and strength replaced, the later last_interaction kept). The"
                    + " from-user's social profile is recounted. Covers: save_social_relation")
    public Response saveRelation(@PathParam("group_id") String groupId, JsonFields body) {
        RelationWrite write = social.saveRelation(groupId, SocialBodies.relation(body));
        if (!write.created()) {
            return Response.ok(write.relation()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("social/groups/{group}/users/{user}/relations")
                .build(groupId, write.relation().fromUserId())).entity(write.relation()).build();
    }

    @GET
    @Path("groups/{group_id}/users/{user_id}/relations")
    @Operation(summary = "The relations a user takes part in",
            description = "{user_id, group_id, relations}, each relation with every column of its row, whichever"
                    + " side the user is on. Covers: get_user_social_relations")
    public UserRelations userRelations(@PathParam("group_id") String groupId, @PathParam("user_id") String userId) {
        return social.relationsOfUser(groupId, userId);
    }
}
