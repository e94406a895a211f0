package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import it.dev.botstore.support.TcpProxy;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL is not running when the server starts (its port is closed): the API answers 503 with
 * Retry-After and readiness says why; once PostgreSQL is there, the server becomes ready by itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LateDatabaseIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.botstoreEar();
    }

    @Test
    void answers503UntilPostgresqlStartsThenRecoversWithoutARestart() throws Exception {
        ItDatabase.require();

        HttpResponse<String> early = Http.get("/api/v1/plugins/alice.weather/store/k");
        assertEquals(503, early.statusCode(), early.body());
        assertTrue(early.headers().firstValue("Retry-After").isPresent(), "503 carries Retry-After");
        assertEquals("application/problem+json", early.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        HttpResponse<String> down = Http.get("/health/ready");
        assertEquals(503, down.statusCode());
        assertTrue(down.body().contains("\"reason\""), down.body());
        assertTrue(down.body().contains("\"state\":\"unavailable\""), down.body());

        try (TcpProxy postgres = TcpProxy.start(ItDatabase.proxyPort(), ItDatabase.PG, 5432)) {
            Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(90));
            assertEquals(201, Http.putText("/api/v1/plugins/alice.weather/store/k", "v").statusCode());
        }
    }
}
