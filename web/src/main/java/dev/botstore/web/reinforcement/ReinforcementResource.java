package dev.botstore.web.reinforcement;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.reinforcement.NewPersonaFusion;
import dev.botstore.api.reinforcement.NewReinforcementResult;
import dev.botstore.api.reinforcement.NewStrategyOptimization;
import dev.botstore.api.reinforcement.PerformanceRecord;
import dev.botstore.api.reinforcement.PersonaFusion;
import dev.botstore.api.reinforcement.Reinforcement;
import dev.botstore.api.reinforcement.ReinforcementResult;
import dev.botstore.api.reinforcement.StrategyOptimization;
import dev.botstore.web.JsonFields;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Learning performance history and reinforcement, persona fusion and strategy optimisation results
 * of a group: {@code /api/v1/reinforcement}. Lists are newest first (timestamp, then id).
 */
@Path("reinforcement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reinforcement", description = "Reinforcement learning, persona fusion and strategy results")
public class ReinforcementResource {

    static final int MAX_PAGE = 1000;
    private static final String TIMESTAMP = " timestamp: epoch seconds, ms or ISO-8601, default now (stored as"
            + " epoch seconds).";
    private static final String TEXT_FIELDS = " Objects and arrays are stored as JSON and read back parsed; strings"
            + " are stored as given.";

    @EJB
    private Reinforcement reinforcement;

    @Context
    private UriInfo uri;

    @GET
    @Path("performance-history")
    @Operation(summary = "Learning performance history of a group, newest first",
            description = "Rows of learning_performance_history of group_id as {session_id, timestamp, quality_score,"
                    + " learning_time, success, successful_pattern, failed_pattern}: the keys of both of the original's"
                    + " readers (missing scores 0.0, missing success false, missing patterns \"\"). limit: default 50"
                    + " (the original's get_learning_performance_history used 30), at most 1000. Rows are written by"
                    + " the learning API (save_learning_performance_record). Covers:"
                    + " get_learning_history_for_reinforcement, get_learning_performance_history")
    public List<PerformanceRecord> performanceHistory(@QueryParam("group_id") @Parameter(required = true) String groupId,
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 50") String limit,
            @QueryParam("offset") String offset) {
        return reinforcement.performanceHistory(required(groupId), QueryValues.limit(limit, 50, MAX_PAGE),
                QueryValues.offset(offset));
    }

    @POST
    @Path("learning-results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a reinforcement-learning result",
            description = "{group_id, timestamp?, replay_analysis?, optimization_strategy?, reinforcement_feedback?,"
                    + " next_action?}." + TIMESTAMP + TEXT_FIELDS + " 201 with Location."
                    + " Covers: save_reinforcement_learning_result")
    public Response addResult(JsonFields json) {
        ReinforcementResult created = reinforcement.addReinforcementResult(new NewReinforcementResult(
                json.text("group_id"), json.time("timestamp"), json.jsonText("replay_analysis"),
                json.jsonText("optimization_strategy"), json.jsonText("reinforcement_feedback"),
                json.jsonText("next_action")));
        return created(created.id(), created);
    }

    @GET
    @Path("learning-results")
    @Operation(summary = "Reinforcement-learning results of a group, newest first",
            description = "limit: default 50, at most 1000. Not a method of the original's manager, which could only"
                    + " store these.")
    public List<ReinforcementResult> results(@QueryParam("group_id") @Parameter(required = true) String groupId,
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 50") String limit,
            @QueryParam("offset") String offset) {
        return reinforcement.reinforcementResults(required(groupId), QueryValues.limit(limit, 50, MAX_PAGE),
                QueryValues.offset(offset));
    }

    @GET
    @Path("learning-results/{id}")
    @Operation(summary = "One reinforcement-learning result", description = "404 when there is none.")
    public ReinforcementResult result(@PathParam("id") String rawId) {
        int id = QueryValues.rowId("id", rawId, "reinforcement-learning result");
        return reinforcement.reinforcementResult(id)
                .orElseThrow(() -> new NotFoundException("no reinforcement-learning result " + id));
    }

    @POST
    @Path("persona-fusions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a persona fusion",
            description = "{group_id, timestamp?, base_persona_hash?, incremental_hash? (whole numbers),"
                    + " fusion_result?, compatibility_score?}." + TIMESTAMP + TEXT_FIELDS + " 201 with Location."
                    + " Covers: save_persona_fusion_result")
    public Response addFusion(JsonFields json) {
        PersonaFusion created = reinforcement.addPersonaFusion(new NewPersonaFusion(json.text("group_id"),
                json.time("timestamp"), json.wholeNumber("base_persona_hash"), json.wholeNumber("incremental_hash"),
                json.jsonText("fusion_result"), json.number("compatibility_score")));
        return created(created.id(), created);
    }

    @GET
    @Path("persona-fusions")
    @Operation(summary = "Persona fusions of a group, newest first",
            description = "{id, group_id, timestamp, base_persona_hash, incremental_hash, fusion_result,"
                    + " compatibility_score, created_at}. limit: default 10, at most 1000."
                    + " Covers: get_persona_fusion_history")
    public List<PersonaFusion> fusions(@QueryParam("group_id") @Parameter(required = true) String groupId,
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 10") String limit,
            @QueryParam("offset") String offset) {
        return reinforcement.personaFusions(required(groupId), QueryValues.limit(limit, 10, MAX_PAGE),
                QueryValues.offset(offset));
    }

    @GET
    @Path("persona-fusions/{id}")
    @Operation(summary = "One persona fusion", description = "404 when there is none.")
    public PersonaFusion fusion(@PathParam("id") String rawId) {
        int id = QueryValues.rowId("id", rawId, "persona fusion");
        return reinforcement.personaFusion(id).orElseThrow(() -> new NotFoundException("no persona fusion " + id));
    }

    @POST
    @Path("strategy-optimizations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a strategy optimisation result",
            description = "{group_id, timestamp?, strategy_type? (at most 100 characters), optimization_details?,"
                    + " performance_metrics?}." + TIMESTAMP + TEXT_FIELDS + " 201 with Location."
                    + " Covers: save_strategy_optimization_result")
    public Response addOptimization(JsonFields json) {
        StrategyOptimization created = reinforcement.addStrategyOptimization(new NewStrategyOptimization(
                json.text("group_id"), json.time("timestamp"), json.text("strategy_type"),
                json.jsonText("optimization_details"), json.jsonText("performance_metrics")));
        return created(created.id(), created);
    }

    @GET
    @Path("strategy-optimizations")
    @Operation(summary = "Strategy optimisation results of a group, newest first",
            description = "limit: default 50, at most 1000. Not a method of the original's manager, which could only"
                    + " store these.")
    public List<StrategyOptimization> optimizations(
            @QueryParam("group_id") @Parameter(required = true) String groupId,
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 50") String limit,
            @QueryParam("offset") String offset) {
        return reinforcement.strategyOptimizations(required(groupId), QueryValues.limit(limit, 50, MAX_PAGE),
                QueryValues.offset(offset));
    }

    @GET
    @Path("strategy-optimizations/{id}")
    @Operation(summary = "One strategy optimisation result", description = "404 when there is none.")
    public StrategyOptimization optimization(@PathParam("id") String rawId) {
        int id = QueryValues.rowId("id", rawId, "strategy optimisation result");
        return reinforcement.strategyOptimization(id)
                .orElseThrow(() -> new NotFoundException("no strategy optimisation result " + id));
    }

    private Response created(Integer id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(entity).build();
    }

    private static String required(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            throw new InvalidInputException("group_id", "group_id is required");
        }
        return groupId;
    }
}
