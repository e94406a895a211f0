package dev.botstore.persistence.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the web module's static OpenAPI document ({@link TablesOpenApiDocument}) in step with the
 * entities. After an entity change, rewrite it with
 * {@code mvn -pl persistence -am test -Dtest=TablesOpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dbotstore.openapi.write=true}.
 */
class TablesOpenApiDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "web", "src", "main", "resources", "META-INF", "openapi.json");

    @Test
    void theWebModulesOpenApiDocumentDescribesTheTablesOfTheEntities() throws Exception {
        String expected = TablesOpenApiDocument.of(RowModel.offline());
        if (Boolean.getBoolean("botstore.openapi.write")) {
            Files.writeString(DOCUMENT, expected);
        }
        assertEquals(expected, Files.readString(DOCUMENT), DOCUMENT + " is out of date; rewrite it with"
                + " -Dtest=TablesOpenApiDocumentTest -Dbotstore.openapi.write=true");
    }
}
