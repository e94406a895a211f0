package it.dev.botstore.support;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every REST end-to-end test starts from: the EAR deployed by Arquillian on the test server,
 * the test itself a client, and the database ready before the first call.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedBotstore {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.botstoreEar();
    }

    @BeforeAll
    static void databaseReady() throws Exception {
        ItDatabase.require();
        Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
    }
}
