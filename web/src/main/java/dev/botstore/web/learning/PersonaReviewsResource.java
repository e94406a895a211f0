package dev.botstore.web.learning;

import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.learning.Learning;
import dev.botstore.api.learning.PersonaReview;
import dev.botstore.api.learning.PersonaReviewInput;
import dev.botstore.api.learning.ReviewFilter;
import dev.botstore.web.JsonFields;
import dev.botstore.web.Pages;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Persona learning reviews, which the original also calls persona update records (one table,
 * {@code persona_update_reviews}): proposed persona changes waiting for a human decision.
 */
@Path("learning/persona-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning", description = "Reviews, few-shots, snapshots, learning batches, sessions and statistics")
public class PersonaReviewsResource {

    private static final String WHAT = "persona review";

    @EJB
    private Learning learning;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a persona change for review (created pending)",
            description = "{\"group_id\" (required), \"update_type\" (or learning_source), \"original_content\","
                    + " \"new_content\", \"proposed_content\", \"confidence_score\", \"reason\" (or raw_analysis),"
                    + " \"metadata\" (object), \"timestamp\" (epoch s/ms or ISO-8601, default now)}. A given status,"
                    + " reviewer_comment or review_time is ignored. 201 with Location and the review."
                    + " Covers: add_persona_learning_review, save_persona_update_record")
    public Response create(JsonFields f) {
        PersonaReviewInput input = new PersonaReviewInput(f.time("timestamp"), f.text("group_id", 255),
                f.has("update_type") ? f.text("update_type", 255) : f.text("learning_source", 255),
                f.text("original_content"), f.text("new_content"), f.text("proposed_content"),
                f.number("confidence_score"), f.has("reason") ? f.text("reason") : f.text("raw_analysis"),
                f.jsonText("metadata"));
        PersonaReview review = learning.addPersonaReview(input);
        return LearningRequests.created(uri, "persona-reviews", review.id(), review);
    }

    @GET
    @Operation(summary = "List persona reviews by status, a page at a time",
            description = "status=pending (default; newest created first), reviewed (approved and rejected),"
                    + " approved or rejected (latest decision first, never-decided last). group_id narrows to one"
                    + " group. limit 1-500 (default 50), offset from 0: page on until a page is shorter than limit."
                    + " Covers: get_pending_persona_update_records, get_pending_persona_learning_reviews,"
                    + " get_reviewed_persona_update_records, get_reviewed_persona_learning_updates")
    @APIResponse(responseCode = "200", description = "One page; a full page has a Link header rel=\"next\"",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PersonaReview.class)))
    public Response list(
            @QueryParam("status") @Parameter(description = "pending | reviewed | approved | rejected") String status,
            @QueryParam("group_id") String groupId, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        ReviewFilter filter = LearningRequests.filter(status, groupId, limit, offset);
        return Pages.of(learning.personaReviews(filter), filter.limit(), filter.offset(), uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One persona review", description = "404 when there is none with this id."
            + " Covers: get_persona_update_record_by_id, get_persona_learning_review_by_id")
    public PersonaReview get(@PathParam("id") String id) {
        return LearningRequests.found(learning.personaReview(LearningRequests.id(id, WHAT)), WHAT, id);
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve, reject, or revert to pending one persona review",
            description = "{\"status\": \"approved\"|\"rejected\"|\"pending\", \"reviewer_comment\","
                    + " \"modified_content\" (replaces proposed_content and new_content when not empty),"
                    + " \"group_id\" (when given, the review must be of this group)}. Changes this row only and"
                    + " sets review_time to now, also when reverting. 404 for an unknown id (or another group),"
                    + " 400 for another status. Answers the review as it now is."
                    + " Covers: update_persona_update_record_status, update_persona_learning_review_status")
    public PersonaReview changeStatus(@PathParam("id") String id, JsonFields body) {
        return learning.changePersonaReviewStatus(LearningRequests.id(id, WHAT), LearningRequests.statusChange(body));
    }

    @PATCH
    @Path("{id}/metadata")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Merge keys into a persona review's metadata",
            description = "The body is a JSON object; its top-level keys replace those stored (a shallow merge),"
                    + " e.g. {\"change_snapshot\": {...}}. 404 for an unknown id. Answers the review."
                    + " Covers: update_persona_learning_review_metadata")
    public PersonaReview patchMetadata(@PathParam("id") String id, JsonFields body) {
        return learning.patchPersonaReviewMetadata(LearningRequests.id(id, WHAT), LearningRequests.metadataPatch(body));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a persona review", description = "204 when deleted, 404 when there was none."
            + " Its snapshots stay. Covers: delete_persona_update_record, delete_persona_learning_review_by_id")
    public Response delete(@PathParam("id") String id) {
        if (!learning.deletePersonaReview(LearningRequests.id(id, WHAT))) {
            throw new NotFoundException("no " + WHAT + " " + id);
        }
        return Response.noContent().build();
    }
}
