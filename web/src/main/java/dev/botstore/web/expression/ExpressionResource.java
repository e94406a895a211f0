package dev.botstore.web.expression;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.expression.Expression;
import dev.botstore.api.expression.ExpressionPattern;
import dev.botstore.api.expression.LanguageStyleChanges;
import dev.botstore.api.expression.LanguageStylePattern;
import dev.botstore.api.expression.NewExpressionPattern;
import dev.botstore.api.expression.NewStyleLearningRecord;
import dev.botstore.api.expression.PatternQuery;
import dev.botstore.api.expression.PatternStatistics;
import dev.botstore.api.expression.Saved;
import dev.botstore.api.expression.StyleLearningRecord;
import dev.botstore.api.expression.StyleProfile;
import dev.botstore.web.InputTimes;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Expression patterns, style profiles, style-learning records and language styles: {@code /api/v1/expression}. */
@Path("expression")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "expression", description = "Learned expression patterns and style profiles")
public class ExpressionResource {

    static final int MAX_PAGE = 1000;
    static final int MAX_HOURS = 24 * 366 * 10;

    @EJB
    private Expression expression;

    @Context
    private UriInfo uri;

    @GET
    @Path("patterns")
    @Operation(summary = "Patterns of one group, heaviest first",
            description = "Patterns of group_id and persona_id (default \"default\"; empty or \"[%None]\" mean the"
                    + " same) with weight descending. Without user_id only group-wide patterns (user_id null)"
                    + " are listed, as in the original; with it, only that user's. limit: default 100, at most"
                    + " 1000. Covers: get_group_expression_patterns")
    public List<ExpressionPattern> groupPatterns(
            @QueryParam("group_id") @Parameter(required = true) String groupId,
            @QueryParam("persona_id") String personaId, @QueryParam("user_id") String userId,
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 100") String limit,
            @QueryParam("offset") String offset) {
        return expression.patterns(new PatternQuery(required("group_id", groupId), personaId, blankToNull(userId),
                null, QueryValues.limit(limit, 100, MAX_PAGE), QueryValues.offset(offset)));
    }

    @GET
    @Path("patterns/recent")
    @Operation(summary = "Patterns active in the last hours, heaviest first",
            description = "Patterns whose last_active_time is at or after at - hours (at: default now, epoch seconds,"
                    + " milliseconds or ISO-8601; hours: default 168, one week), of persona_id (default"
                    + " \"default\"), of group_id when given (else every group), group-wide only unless user_id is"
                    + " given. limit: default 50, at most 1000. Covers: get_recent_week_expression_patterns")
    public List<ExpressionPattern> recentPatterns(
            @QueryParam("group_id") String groupId, @QueryParam("persona_id") String personaId,
            @QueryParam("user_id") String userId,
            @QueryParam("hours") @Parameter(description = "1 to 87840, default 168") String hours,
            @QueryParam("at") @Parameter(description = "the 'now' the window ends at; default now") String at,
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 50") String limit,
            @QueryParam("offset") String offset) {
        int window = QueryValues.wholeNumber("hours", hours, 168);
        if (window < 1 || window > MAX_HOURS) {
            throw new InvalidInputException("hours", "hours is " + window + "; it must be between 1 and " + MAX_HOURS);
        }
        Instant end = at == null || at.isBlank() ? Instant.now() : InputTimes.parse("at", at);
        return expression.patterns(new PatternQuery(blankToNull(groupId), personaId, blankToNull(userId),
                end.minusSeconds(window * 3600L), QueryValues.limit(limit, 50, MAX_PAGE), QueryValues.offset(offset)));
    }

    @GET
    @Path("patterns/grouped")
    @Operation(summary = "All patterns, grouped by group id",
            description = "A page of every pattern in id order (any persona or user) as {group_id: [pattern, ...]};"
                    + " an empty group id is listed as \"global\". limit: default 1000, at most 1000; page on with"
                    + " offset (the original read an arbitrary 1000 rows). Covers: get_all_expression_patterns")
    public Map<String, List<ExpressionPattern>> allPatterns(
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 1000") String limit,
            @QueryParam("offset") String offset) {
        return expression.allPatterns(QueryValues.limit(limit, MAX_PAGE, MAX_PAGE), QueryValues.offset(offset));
    }

    @POST
    @Path("patterns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an expression pattern",
            description = "{group_id, situation, expression, persona_id?, user_id?, weight? (1.0),"
                    + " last_active_time?, create_time? (now; epoch seconds, ms or ISO-8601)}. 201 with Location."
                    + " Not a method of the original's manager (its learner wrote patterns directly); it lets a"
                    + " client store what the pattern reads return.")
    public Response addPattern(JsonFields json) {
        ExpressionPattern created = expression.addPattern(new NewExpressionPattern(json.text("group_id"),
                json.text("persona_id"), json.text("user_id"), json.text("situation"), json.text("expression"),
                json.number("weight"), json.time("last_active_time"), json.time("create_time")));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("patterns/{id}")
    @Operation(summary = "One expression pattern", description = "404 when there is none. Not a method of the"
            + " original's manager: the address a stored pattern's Location names.")
    public ExpressionPattern pattern(@PathParam("id") String rawId) {
        int id = QueryValues.rowId("id", rawId, "expression pattern");
        return expression.pattern(id).orElseThrow(() -> new NotFoundException("no expression pattern " + id));
    }

    @GET
    @Path("statistics")
    @Operation(summary = "How many patterns, in how many groups",
            description = "{total_patterns, groups_with_patterns} over all groups, personas and users."
                    + " Covers: get_expression_patterns_statistics")
    public PatternStatistics statistics() {
        return expression.statistics();
    }

    @GET
    @Path("style-profiles/{profile_name}")
    @Operation(summary = "A style profile", description = "{profile_name, vocabulary_richness, sentence_complexity,"
            + " emotional_expression, interaction_tendency, topic_diversity, formality_level, creativity_score};"
            + " 404 when there is none. Covers: load_style_profile")
    public StyleProfile styleProfile(@PathParam("profile_name") String name) {
        return expression.styleProfile(name).orElseThrow(() -> new NotFoundException("no style profile '" + name + "'"));
    }

    @PUT
    @Path("style-profiles/{profile_name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update a style profile",
            description = "The body holds any of the seven metrics (numbers; null clears one). Metrics the body"
                    + " does not name keep their stored values; a new profile has them null. One profile per name,"
                    + " also under concurrent saves. 201 with Location when created, else 200; the profile as"
                    + " stored. An unknown key is a 400. Covers: save_style_profile")
    public Response saveStyleProfile(@PathParam("profile_name") String name, JsonFields json) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (String key : json.object().keySet()) {
            if (key.equals("profile_name")) {
                continue; // the original's dicts often carry their own name
            }
            if (!Expression.STYLE_METRICS.contains(key)) {
                throw new InvalidInputException(key, key + " is not a style metric; the metrics are "
                        + String.join(", ", Expression.STYLE_METRICS));
            }
            metrics.put(key, StyleInput.finite(json, key));
        }
        return saved(expression.saveStyleProfile(StyleInput.segment("profile_name", name, 255), metrics));
    }

    @POST
    @Path("style-learning-records")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a style-learning record",
            description = "{style_type? (\"unknown\"), learned_patterns? (any JSON; default []),"
                    + " confidence_score? (0.0), sample_count? (0)}; last_updated is now. 201 with Location."
                    + " Covers: save_style_learning_record")
    public Response addStyleLearningRecord(JsonFields json) {
        Long samples = json.wholeNumber("sample_count");
        if (samples != null && (samples < 0 || samples > Integer.MAX_VALUE)) {
            throw new InvalidInputException("sample_count", "sample_count is " + samples
                    + "; it must be between 0 and " + Integer.MAX_VALUE);
        }
        StyleLearningRecord created = expression.addStyleLearningRecord(new NewStyleLearningRecord(
                json.text("style_type"), json.jsonText("learned_patterns"), json.number("confidence_score"),
                samples == null ? null : samples.intValue()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("style-learning-records/{id}")
    @Operation(summary = "One style-learning record", description = "404 when there is none. Not a method of the"
            + " original's manager: the address a stored record's Location names.")
    public StyleLearningRecord styleLearningRecord(@PathParam("id") String rawId) {
        int id = QueryValues.rowId("id", rawId, "style-learning record");
        return expression.styleLearningRecord(id)
                .orElseThrow(() -> new NotFoundException("no style-learning record " + id));
    }

    @PUT
    @Path("language-styles/{language_style}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update a language style",
            description = "{example_phrases? (any JSON), context_type?, confidence_score?}. Each save counts one"
                    + " use (usage_frequency + 1, 1 when created) and sets last_updated to now. Fields the body"
                    + " does not carry keep their stored values (new: [], \"general\", null). 201 with Location when"
                    + " created, else 200. Covers: save_language_style_pattern")
    public Response saveLanguageStyle(@PathParam("language_style") String style, JsonFields json) {
        return saved(expression.saveLanguageStyle(StyleInput.segment("language_style", style, 255),
                new LanguageStyleChanges(json.jsonText("example_phrases"), json.text("context_type", 100),
                        StyleInput.finite(json, "confidence_score"))));
    }

    @GET
    @Path("language-styles/{language_style}")
    @Operation(summary = "A language style", description = "404 when there is none. Not a method of the original's"
            + " manager: reads what a save stored.")
    public LanguageStylePattern languageStyle(@PathParam("language_style") String style) {
        return expression.languageStyle(style)
                .orElseThrow(() -> new NotFoundException("no language style '" + style + "'"));
    }

    private Response saved(Saved<?> saved) {
        return saved.created() ? Response.created(uri.getAbsolutePath()).entity(saved.value()).build()
                : Response.ok(saved.value()).build();
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, name + " is required");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
