package dev.botstore.web.psychological;

import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.psychological.EmotionProfile;
import dev.botstore.api.psychological.EmotionProfileChanges;
import dev.botstore.api.psychological.Psychological;
import dev.botstore.api.psychological.SavedEmotionProfile;
import dev.botstore.web.JsonFields;
import dev.botstore.web.expression.StyleInput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Emotion profiles, one per user in a group: {@code /api/v1/psychological/emotion-profiles/{group_id}/{user_id}}. */
@Path("psychological/emotion-profiles/{group_id}/{user_id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "psychological", description = "Emotion profiles of users")
public class PsychologicalResource {

    @EJB
    private Psychological psychological;

    @Context
    private UriInfo uri;

    @PathParam("group_id")
    private String groupId;

    @PathParam("user_id")
    private String userId;

    @GET
    @Operation(summary = "The emotion profile of a user in a group",
            description = "{user_id, group_id, dominant_emotions, emotion_patterns (parsed JSON, {} when empty),"
                    + " empathy_level, emotional_stability, last_updated (epoch seconds)}; 404 when there is none."
                    + " Covers: load_emotion_profile")
    public EmotionProfile profile() {
        return psychological.emotionProfile(userId, groupId).orElseThrow(() -> new NotFoundException(
                "no emotion profile of user '" + userId + "' in group '" + groupId + "'"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update the emotion profile of a user in a group",
            description = "{dominant_emotions?, emotion_patterns? (any JSON), empathy_level?, emotional_stability?"
                    + " (numbers)}; last_updated becomes now. Fields the body does not carry keep their stored"
                    + " values (the original reset them); a new profile starts from {}, {}, 0.5, 0.5. One row per"
                    + " user and group, also under concurrent saves. 201 with Location when created, else 200."
                    + " Covers: save_emotion_profile")
    public Response save(JsonFields json) {
        SavedEmotionProfile saved = psychological.saveEmotionProfile(StyleInput.segment("user_id", userId, 255),
                StyleInput.segment("group_id", groupId, 255), new EmotionProfileChanges(
                        json.jsonText("dominant_emotions"), json.jsonText("emotion_patterns"),
                        StyleInput.finite(json, "empathy_level"), StyleInput.finite(json, "emotional_stability")));
        return saved.created() ? Response.created(uri.getAbsolutePath()).entity(saved.profile()).build()
                : Response.ok(saved.profile()).build();
    }
}
