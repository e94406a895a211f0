package dev.botstore.web.metrics;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.metrics.DetailedMetrics;
import dev.botstore.api.metrics.GroupStatistics;
import dev.botstore.api.metrics.Metrics;
import dev.botstore.api.metrics.TrendsData;
import dev.botstore.web.InputTimes;
import dev.botstore.web.QueryValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statistics over the learning data: {@code /api/v1/metrics/...}. */
@Path("metrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "metrics", description = "Counts and trends of the learning data, computed by the database")
public class MetricsResource {

    static final int MAX_DAYS = 366;
    static final int MAX_BATCHES = 100;

    @EJB
    private Metrics metrics;

    @GET
    @Path("statistics")
    @Operation(summary = "Message and review counts of one group, or of all groups",
            description = "raw_messages, filtered_messages, persona_reviews (persona_update_reviews) and style_reviews"
                    + " (style_learning_reviews), each a COUNT(*) filtered by group_id when given."
                    + " Covers: get_group_statistics")
    public GroupStatistics statistics(
            @Parameter(description = "group to count; absent or empty = all groups") @QueryParam("group_id") String groupId) {
        return metrics.groupStatistics(groupId);
    }

    @GET
    @Path("detailed")
    @Operation(summary = "Message and learning counts of one group, or of all groups",
            description = "messages {raw, filtered, bot} and learning {persona_reviews, style_reviews, batches,"
                    + " style_patterns}, each a COUNT(*) filtered by group_id when given. Covers: get_detailed_metrics")
    public DetailedMetrics detailed(
            @Parameter(description = "group to count; absent or empty = all groups") @QueryParam("group_id") String groupId) {
        return metrics.detailedMetrics(groupId);
    }

    @GET
    @Path("trends")
    @Operation(summary = "Raw messages per day and the newest learning batches",
            description = "daily_messages: raw messages per local date (YYYY-MM-DD, ascending) whose timestamp lies"
                    + " in the days x 24 hours before `at` (messages dated after the end of that day are not counted);"
                    + " days without messages are absent, as in the original. Bucketing uses the zone `zone`"
                    + " (default: the time_zone setting, else the server's zone, as the original). recent_batches: the `batches` newest"
                    + " learning_batches of all groups by start_time. Covers: get_trends_data")
    public TrendsData trends(
            @Parameter(description = "end of the window (epoch s, epoch ms or ISO-8601); default now") @QueryParam("at") String at,
            @Parameter(description = "window length in days, 1 to " + MAX_DAYS + "; default 7") @QueryParam("days") String days,
            @Parameter(description = "IANA time zone for the dates; default time_zone, else the server's") @QueryParam("zone") String zone,
            @Parameter(description = "how many recent batches, 0 to " + MAX_BATCHES + "; default 10") @QueryParam("batches") String batches) {
        long now = at == null || at.isBlank() ? Instant.now().getEpochSecond() : InputTimes.parse("at", at).getEpochSecond();
        int window = QueryValues.wholeNumber("days", days, 7);
        if (window < 1 || window > MAX_DAYS) {
            throw new InvalidInputException("days", "days is " + window + "; it must be between 1 and " + MAX_DAYS);
        }
        int recent = QueryValues.wholeNumber("batches", batches, 10);
        if (recent < 0 || recent > MAX_BATCHES) {
            throw new InvalidInputException("batches", "batches is " + recent + "; it must be between 0 and " + MAX_BATCHES);
        }
        return metrics.trends(now, window, zone(zone), recent);
    }

    private static ZoneId zone(String raw) {
        if (raw == null || raw.isBlank()) {
            return InputTimes.zone();
        }
        try {
            return ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("zone", "zone must be a time zone such as Europe/Berlin or UTC, not '" + raw + "'");
        }
    }
}
