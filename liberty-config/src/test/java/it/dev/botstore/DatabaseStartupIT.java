package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs first (alphabetical order), on a fresh database. The start-up singleton on a database that does not exist yet: it is created (PostgreSQL with
 * schema {@code bots}, MySQL in utf8mb4, the SQLite file and its directory), the schema is synced
 * and reported, and the server becomes ready.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseStartupIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.botstoreEar();
    }

    @BeforeAll
    static void databaseServerIsUp() {
        ItDatabase.require();
    }

    @Test
    void becomesReadyAndSaysOnWhichDatabase() throws Exception {
        HttpResponse<String> ready = Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));

        assertTrue(ready.body().contains("\"backend\":\"" + ItDatabase.backend() + "\""), ready.body());
        assertTrue(ready.body().contains(ItDatabase.name()), ready.body());
        assertTrue(ready.body().contains("\"fallback_active\":false"), ready.body());
        assertTrue(!ready.body().toLowerCase().contains("password"), "readiness never shows a password");
        assertEquals(200, Http.get("/health/live").statusCode());
    }

    @Test
    void createsTheDatabaseWhereItBelongs() throws Exception {
        Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
        switch (ItDatabase.backend()) {
            case "postgresql" -> {
                try (Connection c = ItDatabase.connect(ItDatabase.name());
                     PreparedStatement ps = c.prepareStatement(
                             "SELECT table_schema FROM information_schema.tables WHERE table_name = 'plugin_data'");
                     ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "plugin_data exists");
                    assertEquals("bots", rs.getString(1), "the table is in the configured schema");
                }
            }
            case "mysql" -> {
                try (Connection c = ItDatabase.connect("");
                     PreparedStatement ps = c.prepareStatement("SELECT DEFAULT_CHARACTER_SET_NAME FROM"
                             + " INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = ?")) {
                    ps.setString(1, ItDatabase.name());
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next(), "the database was created");
                        assertEquals("utf8mb4", rs.getString(1));
                    }
                }
            }
            default -> assertTrue(Files.isRegularFile(ItDatabase.sqliteDir().resolve("messages.db")),
                    "the SQLite file was created in data_dir");
        }
    }

    @Test
    void reportsWhatTheSchemaSyncDid() throws Exception {
        Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
        HttpResponse<String> report = Http.get("/api/v1/admin/schema");

        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("\"kind\":\"create_table\""), report.body());
        assertTrue(report.body().contains("uq_plugin_data_scope_key"), report.body());
        assertTrue(report.body().contains("\"warnings\":[]"), report.body());
    }

    @Test
    void servesItsOpenApiDocumentAndUi() {
        HttpResponse<String> openapi = Http.get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/plugins/{plugin}/store/{key}"), openapi.body());
        assertEquals(200, Http.get("/openapi/ui/").statusCode());
    }
}
