package dev.botstore.web.tables;

import dev.botstore.api.tables.ColumnInfo;
import dev.botstore.api.tables.TableInfo;
import dev.botstore.api.tables.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Types the rows API in the OpenAPI document from the same entity model the API serves: the table
 * names as an enumeration ({@code TableName}) on every {@code {table}} parameter, and one row
 * schema per table ({@code Row_<table>}: each column's JSON type, nullability, length; the columns
 * an insert must give as required), so that a generated client gets types. Registered as the
 * application's {@code mp.openapi.filter}. The document is built as the application starts, before
 * the database and the facades, so the tables come from the {@link TableModel} that needs neither.
 */
public class TablesOpenApi implements OASFilter {

    private static final Logger LOG = Logger.getLogger(TablesOpenApi.class.getName());
    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<TableInfo> tables;
        try {
            tables = ServiceLoader.load(TableModel.class, TablesOpenApi.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no TableModel")).tables();
        } catch (RuntimeException | ServiceConfigurationError e) {
            LOG.warning("the OpenAPI document describes the rows API untyped: the tables could not be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            tables = List.of();
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        Schema names = OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .description("A table of the rows API (GET /api/v1/tables)");
        List<Schema> rows = new ArrayList<>();
        for (TableInfo table : tables) {
            names.addEnumeration(table.name());
            components.addSchema("Row_" + table.name(), row(table));
            rows.add(OASFactory.createSchema().ref(PREFIX + "Row_" + table.name()));
        }
        components.addSchema("TableName", names);
        components.addSchema("Row", rows.isEmpty() ? OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                : OASFactory.createSchema().oneOf(rows).description("A row of a table: see the Row_<table> schemas"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().contains("{table}") || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getParameters() == null) {
                    continue;
                }
                for (Parameter parameter : operation.getParameters()) {
                    if ("table".equals(parameter.getName()) && parameter.getIn() == Parameter.In.PATH) {
                        parameter.setSchema(OASFactory.createSchema().ref(PREFIX + "TableName"));
                    }
                }
            }
        }
    }

    private static Schema row(TableInfo table) {
        Schema row = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("A row of " + table.name() + "; primary key " + table.primaryKey());
        for (ColumnInfo column : table.columns()) {
            row.addProperty(column.name(), column(column));
            if (column.required()) {
                row.addRequired(column.name());
            }
        }
        return row;
    }

    private static Schema column(ColumnInfo column) {
        Schema schema = OASFactory.createSchema();
        switch (column.type()) {
            case ColumnInfo.INTEGER -> schema.type(Schema.SchemaType.INTEGER).format(column.bits() == 64 ? "int64" : "int32");
            case ColumnInfo.NUMBER -> schema.type(Schema.SchemaType.NUMBER).format("double");
            case ColumnInfo.BOOLEAN -> schema.type(Schema.SchemaType.BOOLEAN);
            case ColumnInfo.STRING -> schema.type(Schema.SchemaType.STRING).maxLength(column.length());
            case ColumnInfo.DATETIME -> schema.type(Schema.SchemaType.STRING)
                    .description("ISO-8601 local date-time, e.g. 2026-01-31T12:00:00");
            case ColumnInfo.BINARY -> schema.type(Schema.SchemaType.STRING).format("byte");
            case ColumnInfo.JSON -> schema.description("any JSON value");
            default -> schema.type(Schema.SchemaType.STRING);
        }
        if (column.epoch() != null) {
            schema.description("epoch " + column.epoch());
        }
        if (column.nullable()) {
            schema.nullable(true);
        }
        if (column.generated()) {
            schema.readOnly(true);
        }
        return schema;
    }
}
