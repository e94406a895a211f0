package dev.botstore.web.learning;

import dev.botstore.api.learning.Learning;
import dev.botstore.api.learning.LearningCounts;
import dev.botstore.api.learning.StyleProgress;
import dev.botstore.api.learning.StyleReviewStatistics;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The learning dashboard's numbers. */
@Path("learning/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class LearningStatisticsResource {

    @EJB
    private Learning learning;

    @GET
    @Path("counts")
    @Operation(summary = "Pending persona reviews, style patterns and refined messages",
            description = "{\"pending_persona_updates\", \"style_learning_patterns\", \"refined_messages\"}: rows of"
                    + " persona_update_reviews with status pending, all rows of style_learning_patterns, all rows"
                    + " of filtered_messages. Covers: count_pending_persona_updates, count_style_learning_patterns,"
                    + " count_refined_messages")
    public LearningCounts counts() {
        return learning.counts();
    }

    @GET
    @Path("style-reviews")
    @Operation(summary = "How many style reviews there are, pending and approved",
            description = "{\"total_reviews\", \"pending_reviews\", \"approved_reviews\"}."
                    + " Covers: get_style_learning_statistics")
    public StyleReviewStatistics styleReviews() {
        return learning.styleReviewStatistics();
    }

    @GET
    @Path("style-progress")
    @Operation(summary = "The style-learning progress chart",
            description = "The 30 latest-started learning batches with a quality score and processed messages,"
                    + " of group_id when given: [{\"group_id\", \"timestamp\" (start_time), \"quality_score\","
                    + " \"success\", \"processed_messages\", \"filtered_count\", \"message_count\", \"batch_name\"}]."
                    + " Covers: get_style_progress_data")
    public List<StyleProgress> styleProgress(@QueryParam("group_id") String groupId) {
        return learning.styleProgress(groupId);
    }

    @GET
    @Path("patterns")
    @Operation(summary = "Style patterns per pattern type",
            description = "{\"<pattern_type>\": count}, of group_id when given. Covers: get_learning_patterns_data")
    public Map<String, Long> patterns(@QueryParam("group_id") String groupId) {
        return learning.patternCounts(groupId);
    }
}
