package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DB_TYPE=oracle: the log and the readiness check name the accepted values; the API answers 503. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MisconfiguredIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.botstoreEar();
    }

    @Test
    void anUnknownDbTypeIsExplainedInTheLogAndInReadiness() throws Exception {
        HttpResponse<String> ready = Http.get("/health/ready");
        assertEquals(503, ready.statusCode());
        assertTrue(ready.body().contains("\"state\":\"misconfigured\""), ready.body());
        assertTrue(ready.body().contains("db_type 'oracle' is not supported"), ready.body());
        assertTrue(ready.body().contains("postgresql") && ready.body().contains("mysql")
                && ready.body().contains("sqlite"), "names the accepted values: " + ready.body());

        assertEquals(503, Http.get("/api/v1/admin/schema").statusCode());

        Path log = ItDatabase.serverDir().resolve("logs").resolve("messages.log");
        String messages = Files.readString(log);
        assertTrue(messages.contains("db_type 'oracle' is not supported; accepted values: postgresql"),
                "the log says what is wrong and what is accepted");
    }
}
