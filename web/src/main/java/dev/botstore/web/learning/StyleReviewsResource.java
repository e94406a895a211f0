package dev.botstore.web.learning;

import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.learning.Learning;
import dev.botstore.api.learning.ReviewFilter;
import dev.botstore.api.learning.StyleReview;
import dev.botstore.api.learning.StyleReviewInput;
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
 * Style learning reviews: learned expression patterns and few-shot dialogs waiting for a decision;
 * approved ones feed the few-shot examples of their group ({@code /learning/few-shots}).
 */
@Path("learning/style-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class StyleReviewsResource {

    private static final String WHAT = "style review";

    @EJB
    private Learning learning;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a style learning result for review",
            description = "{\"group_id\" (required), \"type\", \"timestamp\" (epoch s/ms or ISO-8601, default now),"
                    + " \"learned_patterns\" (list or object, stored as JSON; a string is stored as given),"
                    + " \"few_shots_content\", \"description\", \"metadata\" (object), \"status\" (default pending;"
                    + " approved or rejected decide it at once, with \"reviewer_comment\")}. 201 with Location."
                    + " Covers: create_style_learning_review")
    public Response create(JsonFields f) {
        StyleReviewInput input = new StyleReviewInput(f.text("type", 100), f.text("group_id", 255), f.time("timestamp"),
                f.jsonText("learned_patterns"), f.text("few_shots_content"), f.text("description"),
                f.jsonText("metadata"), f.text("status"), f.text("reviewer_comment"));
        StyleReview review = learning.addStyleReview(input);
        return LearningRequests.created(uri, "style-reviews", review.id(), review);
    }

    @GET
    @Operation(summary = "List style reviews by status, a page at a time",
            description = "status=pending (default; newest created first, with created_at), reviewed (approved and"
                    + " rejected), approved or rejected (latest decision first, never-decided last). group_id narrows"
                    + " to one group. limit 1-500 (default 50), offset from 0. A row whose stored JSON is malformed"
                    + " shows that field as its raw text. Covers: get_pending_style_reviews,"
                    + " get_reviewed_style_learning_updates")
    @APIResponse(responseCode = "200", description = "One page; a full page has a Link header rel=\"next\"",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StyleReview.class)))
    public Response list(
            @QueryParam("status") @Parameter(description = "pending | reviewed | approved | rejected") String status,
            @QueryParam("group_id") String groupId, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        ReviewFilter filter = LearningRequests.filter(status, groupId, limit, offset);
        return Pages.of(learning.styleReviews(filter), filter.limit(), filter.offset(), uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One style review", description = "The by-id lookup the original's approve flow lacked"
            + " (it searched the first 50 pending). 404 when there is none."
            + " Covers: get_pending_style_reviews, get_reviewed_style_learning_updates")
    public StyleReview get(@PathParam("id") String id) {
        return LearningRequests.found(learning.styleReview(LearningRequests.id(id, WHAT)), WHAT, id);
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve, reject, or revert to pending one style review",
            description = "{\"status\": \"approved\"|\"rejected\"|\"pending\", \"reviewer_comment\" (default \"\"),"
                    + " \"group_id\" (when given, the review must be of this group)}. Changes this row only and sets"
                    + " review_time to now. An approved review's few_shots_content joins its group's few-shots."
                    + " 404 for an unknown id, 400 for another status. Covers: update_style_review_status")
    public StyleReview changeStatus(@PathParam("id") String id, JsonFields body) {
        return learning.changeStyleReviewStatus(LearningRequests.id(id, WHAT), LearningRequests.statusChange(body));
    }

    @PATCH
    @Path("{id}/metadata")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Merge keys into a style review's metadata",
            description = "The body is a JSON object; its top-level keys replace those stored (a shallow merge)."
                    + " 404 for an unknown id. Covers: update_style_review_metadata")
    public StyleReview patchMetadata(@PathParam("id") String id, JsonFields body) {
        return learning.patchStyleReviewMetadata(LearningRequests.id(id, WHAT), LearningRequests.metadataPatch(body));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a style review", description = "204 when deleted, 404 when there was none."
            + " Covers: delete_style_review_by_id")
    public Response delete(@PathParam("id") String id) {
        if (!learning.deleteStyleReview(LearningRequests.id(id, WHAT))) {
            throw new NotFoundException("no " + WHAT + " " + id);
        }
        return Response.noContent().build();
    }
}
