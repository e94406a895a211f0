package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL unreachable at start with {@code db_fallback_sqlite=true}: the server serves from the
 * SQLite file and says so plainly in readiness and in the log. (Without the setting it stays at
 * 503 and waits for PostgreSQL: LateDatabaseIT.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SqliteFallbackIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.botstoreEar();
    }

    @Test
    void servesFromSqliteAndSaysSo() throws Exception {
        HttpResponse<String> ready = Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
        assertTrue(ready.body().contains("\"fallback_active\":true"), ready.body());
        assertTrue(ready.body().contains("\"backend\":\"sqlite\""), ready.body());
        assertTrue(ready.body().contains("\"configured_backend\":\"postgresql\""), ready.body());
        assertTrue(ready.body().contains("db_fallback_sqlite=true"), ready.body());

        String key = "/api/v1/plugins/alice.weather/store/on-fallback";
        assertEquals(201, Http.putText(key, "kept in SQLite").statusCode());
        assertEquals("kept in SQLite", Http.send(Http.request(key).header("Accept", "text/plain")).body());
        assertTrue(Files.isRegularFile(ItDatabase.sqliteDir().resolve("messages.db")));

        String log = Files.readString(ItDatabase.serverDir().resolve("logs").resolve("messages.log"));
        assertTrue(log.contains("SQLITE FALLBACK ACTIVE"), "the fallback is announced in the log");
    }
}
