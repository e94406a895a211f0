package dev.botstore.web.tables;

import dev.botstore.api.tables.RowPage;
import dev.botstore.api.tables.RowQuery;
import dev.botstore.api.tables.TableInfo;
import dev.botstore.api.tables.Tables;
import dev.botstore.web.BoundedBody;
import dev.botstore.web.JsonBodyReader;
import dev.botstore.web.QueryValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The rows API over every table of the original: the repository-style writes the original makes
 * outside its manager. HTTP only; {@link Tables} checks and runs everything.
 */
@Path("tables")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tables")
public class TablesResource {

    @EJB
    private Tables tables;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Every table with its columns, primary key, unique keys, indexes and references",
            description = "As the entities declare them. A column's type is integer (with bits), number, boolean,"
                    + " string (with length), text, json, datetime (ISO-8601 local) or binary (base64); epoch says"
                    + " seconds or milliseconds for a time counted from the Unix epoch; required columns must be"
                    + " given on insert. Tables come parents first.")
    public List<TableInfo> list() {
        return tables.tables();
    }

    @GET
    @Path("{table}/rows")
    @Operation(summary = "Rows of a table, filtered, in keyset pages",
            description = "Filters: column=value (equal), column.neq, .gt, .gte, .lt, .lte, .in=a,b (at most 100"
                    + " values), .is=null or .is=notnull; all must hold. order=column or order=-column (descending) on"
                    + " the primary key (default) or the first column of an index; null values come last. limit 1-1000"
                    + " (default 100); next is the cursor of the following page (pass it as cursor with the same order),"
                    + " absent on the last page. count=true adds total, the rows matching the filters. 400 for an"
                    + " unknown column, operator or a value that does not fit its column; 404 for an unknown table.")
    public RowPage rows(@PathParam("table") @Parameter(schema = @Schema(ref = "TableName")) String table,
                        @QueryParam("order") @Parameter(description = "e.g. -created_at") String order,
                        @QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
                        @QueryParam("count") String count) {
        Integer pageSize = limit == null || limit.isBlank() ? null : QueryValues.wholeNumber("limit", limit, 0);
        return tables.rows(table, new RowQuery(RowBodies.filters(uri.getQueryParameters()), order, cursor, pageSize,
                QueryValues.flag("count", count)));
    }

    @GET
    @Path("{table}/rows/{id}")
    @Operation(summary = "One row by its primary key", description = "404 when absent.")
    @APIResponse(responseCode = "200", description = "the row", content = @Content(schema = @Schema(ref = "Row")))
    public JsonObject row(@PathParam("table") @Parameter(schema = @Schema(ref = "TableName"))
            String table, @PathParam("id") String id) {
        return tables.row(table, id);
    }

    @POST
    @Path("{table}/rows")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Insert one row or up to 1000 in one transaction",
            description = "Body: a row (column → value) or an array of rows. Columns left out take the entity's"
                    + " default (or the database's); a required one left out, an unknown column, a generated key, or"
                    + " a value that does not fit its column is a 400 naming it (rows[3].importance), and nothing is"
                    + " written. 201 with {\"ids\": [...]} in the order of the rows; 409 when a row breaks a unique"
                    + " key or references a missing row.")
    public Response insert(@PathParam("table") @Parameter(schema = @Schema(ref = "TableName"))
            String table, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                           @RequestBody(content = @Content(schema = @Schema(ref = "Row"))) InputStream body)
            throws IOException {
        List<JsonValue> ids = tables.insert(table, RowBodies.rows(bounded(length, body)));
        Response.ResponseBuilder created = ids.size() == 1
                ? Response.created(uri.getAbsolutePathBuilder().path(text(ids.get(0))).build())
                : Response.status(Response.Status.CREATED);
        return created.entity(ids(ids)).build();
    }

    @PUT
    @Path("{table}/rows")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upsert rows on a unique key",
            description = "on_conflict names a unique key of the table (see GET /tables). Each row is inserted, or"
                    + " where a row has the same values of that key, that row's sent columns change (the key's"
                    + " columns must be given). One atomic statement per row on every backend; up to 1000 rows in one"
                    + " transaction. 200 with {\"ids\": [...]} in the order of the rows.")
    public JsonObject upsert(@PathParam("table") @Parameter(schema = @Schema(ref = "TableName")) String table,
                             @QueryParam("on_conflict") @Parameter(description = "e.g. ix_learning_batches_batch_id")
                             String onConflict,
                             @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                             @RequestBody(content = @Content(schema = @Schema(ref = "Row"))) InputStream body)
            throws IOException {
        return ids(tables.upsert(table, onConflict, RowBodies.rows(bounded(length, body))));
    }

    @PATCH
    @Path("{table}/rows/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the sent columns of one row",
            description = "Only the columns in the body change; the primary key cannot. The row as it is afterwards;"
                    + " 404 when absent, 400 as for an insert, 409 on a unique key or reference.")
    @APIResponse(responseCode = "200", description = "the row", content = @Content(schema = @Schema(ref = "Row")))
    public JsonObject patch(@PathParam("table") @Parameter(schema = @Schema(ref = "TableName"))
            String table, @PathParam("id") String id,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                            @RequestBody(content = @Content(schema = @Schema(ref = "Row"))) InputStream body)
            throws IOException {
        return tables.patch(table, id, RowBodies.row(bounded(length, body)));
    }

    @DELETE
    @Path("{table}/rows/{id}")
    @Operation(summary = "Delete one row",
            description = "204; 404 when absent; 409 naming the referencing table while rows of another table"
                    + " reference it (delete those first, as the admin clean-up does).")
    public Response delete(@PathParam("table") @Parameter(schema = @Schema(ref = "TableName"))
            String table, @PathParam("id") String id) {
        tables.delete(table, id);
        return Response.noContent().build();
    }

    private static JsonObject ids(List<JsonValue> ids) {
        return Json.createObjectBuilder().add("ids", Json.createArrayBuilder(ids)).build();
    }

    private static String text(JsonValue id) {
        return id instanceof jakarta.json.JsonString s ? s.getString() : id.toString();
    }

    /** The body as text, never more than {@code json_body_max_bytes} (413 past it, unread). */
    private static String bounded(Long length, InputStream body) throws IOException {
        return BoundedBody.readUtf8(length, body, JsonBodyReader.maxBytes(), "the request body");
    }
}
