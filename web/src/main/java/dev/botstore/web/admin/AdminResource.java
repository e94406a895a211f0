package dev.botstore.web.admin;

import dev.botstore.api.admin.AdminService;
import dev.botstore.api.admin.CategoryCleanup;
import dev.botstore.api.admin.Cleanup;
import dev.botstore.api.admin.DataStatistics;
import dev.botstore.api.admin.ImportResult;
import dev.botstore.api.admin.SchemaReport;
import dev.botstore.api.error.DatabaseNotReadyException;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.web.QueryValues;
import dev.botstore.web.security.Audited;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Administration of the database layer")
public class AdminResource {

    /** JSON Lines: one export record per line. */
    public static final String NDJSON = "application/x-ndjson";

    @EJB
    private AdminService admin;

    @GET
    @Path("schema")
    @Operation(summary = "What the schema sync of this start did",
            description = "Tables created, columns added, indexes created, fix-ups run, and any step that could"
                    + " not be applied (as a warning). Empty actions and warnings mean the database already"
                    + " matched the model.")
    public SchemaReport schema() {
        return admin.schemaReport().orElseThrow(() ->
                new DatabaseNotReadyException("the schema sync has not run yet", 1));
    }

    @GET
    @Path("statistics")
    @Operation(summary = "Row counts per clean-up category",
            description = "messages, persona_reviews, style_learning, jargon, learning_history, memory, knowledge_graph"
                    + " and runtime_state: the rows of each category's tables (COUNT(*) per table), and `tables`, the"
                    + " count of every table behind them. Covers: get_data_statistics")
    public DataStatistics statistics() {
        return admin.statistics();
    }

    @DELETE
    @Path("data/{category}")
    @Audited("data.clear")
    @Operation(summary = "Delete every row of one category",
            description = "Deletes the category's tables children first, in one transaction, and reports the rows"
                    + " deleted per table. Categories: messages, persona_reviews (with persona_change_snapshots),"
                    + " style_learning (with shadow_profiles), jargon, learning_history, memory, knowledge_graph,"
                    + " runtime_state. If a table cannot be cleared the whole category is rolled back and the answer is"
                    + " a 409 with success false, the failed table and the database's reason (typically a row outside the category"
                    + " still referencing one of its rows); 404 for an unknown category."
                    + " Covers: clear_messages_data, clear_persona_reviews_data, clear_style_learning_data,"
                    + " clear_jargon_data, clear_learning_history_data, clear_memory_data, clear_knowledge_graph_data,"
                    + " clear_runtime_state_data")
    public Response clearCategory(@Parameter(description = "category key, e.g. messages") @PathParam("category") String category) {
        CategoryCleanup result = admin.clearCategory(category);
        return Response.status(result.success() ? 200 : 409).entity(result).type(MediaType.APPLICATION_JSON).build();
    }

    @DELETE
    @Path("data")
    @Audited("data.clear")
    @Operation(summary = "Delete every row of every category",
            description = "Clears the eight categories in order (messages, persona_reviews, style_learning, jargon,"
                    + " learning_history, memory, knowledge_graph, runtime_state), each in its own transaction, and"
                    + " reports each category's per-table counts under details. If any category fails it is rolled"
                    + " back (the others stay cleared) and the answer is a 409 with success false. plugin_data is not"
                    + " touched. Covers: clear_all_plugin_data")
    public Response clearAll() {
        Cleanup result = admin.clearAll();
        return Response.status(result.success() ? 200 : 409).entity(result).type(MediaType.APPLICATION_JSON).build();
    }

    @DELETE
    @Path("collected-messages")
    @Audited("data.clear")
    @Operation(summary = "Delete the collected messages and the learning results derived from them",
            description = "The message collector's \"clear all data\": filtered_messages, raw_messages, learning_batches,"
                    + " reinforcement_learning_results, persona_fusion_history, strategy_optimization_results and"
                    + " learning_performance_history, in one transaction, with per-table counts; a failure rolls back"
                    + " and answers 409 with success false. Covers: clear_all_messages_data")
    public Response clearCollectedMessages() {
        CategoryCleanup result = admin.clearCollectedMessages();
        return Response.status(result.success() ? 200 : 409).entity(result).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("export")
    @Produces(NDJSON)
    @Audited("data.export")
    @Operation(summary = "Export the data as JSON Lines, streamed",
            description = "One record per line, {\"table\": <name>, \"row\": {<column>: <value>, ...}}, parents before"
                    + " children and each table in primary-key order; date-times as ISO-8601, binaries as base64."
                    + " Streamed from a database cursor in one read-only transaction, so memory stays constant."
                    + " With group_id, only the tables that have a group_id column, and only that group's rows."
                    + " With table (repeatable), only those tables: table=raw_messages&table=filtered_messages is the"
                    + " original's message export. POST the stream to /admin/import to load it elsewhere."
                    + " Covers: export_messages_learning_data")
    public Response export(
            @Parameter(description = "only this group's rows (of the tables with a group_id column)") @QueryParam("group_id") String groupId,
            @Parameter(description = "only these tables (repeatable); default all") @QueryParam("table") List<String> tables) {
        String group = groupId == null || groupId.isEmpty() ? null : groupId;
        Set<String> only = new LinkedHashSet<>();
        List<String> known = admin.tables();
        for (String table : tables) {
            if (!known.contains(table)) {
                throw new InvalidInputException("table", "no table '" + table + "'; tables: " + String.join(", ", known));
            }
            if (group != null && !admin.groupTables().contains(table)) {
                throw new InvalidInputException("table", "table '" + table + "' has no group_id column, so an export for"
                        + " group_id has none of its rows");
            }
            only.add(table);
        }
        StreamingOutput body = out -> admin.export(group, only, out);
        String file = "botstore-export" + (group == null ? "" : "-group") + ".jsonl";
        return Response.ok(body, NDJSON).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @POST
    @Path("import")
    @Consumes(NDJSON)
    @Audited("data.import")
    @Operation(summary = "Import an export, in one transaction",
            description = "Loads a stream from /admin/export (read line by line, inserted in batches, exported ids kept;"
                    + " PostgreSQL's id sequences are moved past them) all or nothing: a malformed line or a row the"
                    + " database refuses rolls everything back (400 naming the line). Into a database that holds rows"
                    + " it answers 409 unless merge=true; a merge keeps existing rows and skips imported rows whose"
                    + " primary or unique key is taken. To move from SQLite to PostgreSQL: export, point the server at"
                    + " the new database, import.")
    public ImportResult importData(
            @Parameter(description = "true: add to a database that already holds rows") @QueryParam("merge") String merge,
            InputStream body) {
        return admin.importData(body, QueryValues.flag("merge", merge));
    }
}
