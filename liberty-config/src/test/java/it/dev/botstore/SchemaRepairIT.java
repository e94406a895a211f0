package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A column and an index dropped by hand from the existing table come back at the next start, and
 * the schema report says so; the start after that has nothing to do. The test controls the starts
 * itself (an unmanaged deployment), against the database the earlier test classes built.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchemaRepairIT {

    private static final String APP = "botstore";

    @Deployment(name = APP, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.botstoreEar();
    }

    @ArquillianResource
    private Deployer deployer;

    @Test
    void aDroppedColumnAndIndexComeBackAtTheNextStart() throws Exception {
        ItDatabase.require();
        try (Connection c = ItDatabase.connect(ItDatabase.name()); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE plugin_data DROP COLUMN update_time");
            st.execute(ItDatabase.backend().equals("mysql") ? "DROP INDEX uq_plugin_data_scope_key ON plugin_data"
                    : "DROP INDEX uq_plugin_data_scope_key");
        }

        String repaired = startAndReadReport();
        assertTrue(repaired.contains("\"kind\":\"add_column\"") && repaired.contains("\"name\":\"update_time\""),
                repaired);
        assertTrue(repaired.contains("\"kind\":\"create_index\"") && repaired.contains("uq_plugin_data_scope_key"),
                repaired);
        assertTrue(repaired.contains("\"warnings\":[]"), repaired);
        assertEquals(201, Http.putText("/api/v1/plugins/alice.weather/store/after-repair", "v").statusCode());
        deployer.undeploy(APP);

        String second = startAndReadReport();
        assertTrue(second.contains("\"actions\":[]") && second.contains("\"warnings\":[]"),
                "the next start has nothing to do: " + second);
        deployer.undeploy(APP);
    }

    private String startAndReadReport() throws InterruptedException {
        deployer.deploy(APP);
        Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
        HttpResponse<String> report = Http.get("/api/v1/admin/schema");
        assertEquals(200, report.statusCode(), report.body());
        return report.body();
    }
}
