package dev.botstore.persistence.tables;

import dev.botstore.api.tables.ColumnInfo;
import dev.botstore.api.tables.TableInfo;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The rows API's part of the OpenAPI document, built from the entity model: the table names as an
 * enumeration ({@code TableName}, which every {@code {table}} parameter refers to) and one row
 * schema per table ({@code Row_<table>}: each column's JSON type, nullability, length; the columns
 * an insert must give as required), so that a generated client gets types. The web module serves
 * it as its static {@code META-INF/openapi.json}, merged with what the annotations say; being
 * static, it lets Liberty keep the whole document from one start to the next instead of building
 * the entity model and scanning the application again at every start.
 */
final class TablesOpenApiDocument {

    private static final String PREFIX = "#/components/schemas/";

    private TablesOpenApiDocument() {
    }

    static String of(List<TableInfo> tables) {
        JsonObjectBuilder schemas = Json.createObjectBuilder();
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (TableInfo table : tables) {
            names.add(table.name());
            rows.add(Json.createObjectBuilder().add("$ref", PREFIX + "Row_" + table.name()));
        }
        schemas.add("TableName", Json.createObjectBuilder().add("type", "string")
                .add("description", "A table of the rows API (GET /api/v1/tables)").add("enum", names));
        for (TableInfo table : tables) {
            schemas.add("Row_" + table.name(), row(table));
        }
        schemas.add("Row", tables.isEmpty() ? Json.createObjectBuilder().add("type", "object")
                : Json.createObjectBuilder().add("description", "A row of a table: see the Row_<table> schemas")
                        .add("oneOf", rows));
        JsonObject document = Json.createObjectBuilder().add("openapi", "3.0.3")
                .add("components", Json.createObjectBuilder().add("schemas", schemas)).build();
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(document);
        return out.toString().strip() + "\n";
    }

    private static JsonObjectBuilder row(TableInfo table) {
        JsonObjectBuilder properties = Json.createObjectBuilder();
        JsonArrayBuilder required = Json.createArrayBuilder();
        boolean anyRequired = false;
        for (ColumnInfo column : table.columns()) {
            properties.add(column.name(), column(column));
            if (column.required()) {
                required.add(column.name());
                anyRequired = true;
            }
        }
        JsonObjectBuilder row = Json.createObjectBuilder().add("type", "object")
                .add("description", "A row of " + table.name() + "; primary key " + table.primaryKey())
                .add("properties", properties);
        return anyRequired ? row.add("required", required) : row;
    }

    private static JsonObjectBuilder column(ColumnInfo column) {
        JsonObjectBuilder schema = Json.createObjectBuilder();
        String description = null;
        switch (column.type()) {
            case ColumnInfo.INTEGER -> schema.add("type", "integer")
                    .add("format", Integer.valueOf(64).equals(column.bits()) ? "int64" : "int32");
            case ColumnInfo.NUMBER -> schema.add("type", "number").add("format", "double");
            case ColumnInfo.BOOLEAN -> schema.add("type", "boolean");
            case ColumnInfo.STRING -> {
                schema.add("type", "string");
                if (column.length() != null) {
                    schema.add("maxLength", column.length());
                }
            }
            case ColumnInfo.DATETIME -> {
                schema.add("type", "string");
                description = "ISO-8601 local date-time, e.g. 2026-01-31T12:00:00";
            }
            case ColumnInfo.BINARY -> schema.add("type", "string").add("format", "byte");
            case ColumnInfo.JSON -> description = "any JSON value";
            default -> schema.add("type", "string");
        }
        if (column.epoch() != null) {
            description = "epoch " + column.epoch();
        }
        if (description != null) {
            schema.add("description", description);
        }
        if (column.nullable()) {
            schema.add("nullable", true);
        }
        if (column.generated()) {
            schema.add("readOnly", true);
        }
        return schema;
    }
}
