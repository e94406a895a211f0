package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.ApiKeys;
import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import it.dev.botstore.support.Prerequisites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Python example of the README, run as a plugin author would run it, against the test server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadmePythonIT {

    private static final Pattern PYTHON_BLOCK = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.botstoreEar();
    }

    @BeforeAll
    static void ready() throws Exception {
        ItDatabase.require();
        Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
    }

    @Test
    void theExampleRunsAndCountsVisitsTwice() throws Exception {
        Path script = Files.createTempFile("readme-example", ".py");
        try {
            Matcher block = PYTHON_BLOCK.matcher(Files.readString(Path.of("..", "README.md")));
            assertTrue(block.find(), "the README has a python example");
            Files.writeString(script, block.group(1));
            String pluginKey = ApiKeys.create("readme example", "plugin", "alice.weather").secret();
            assertEquals("visit number 1\nsunny\n", run(script, pluginKey));
            assertEquals("visit number 2\nsunny\n", run(script, pluginKey));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String run(Path script, String key) throws IOException, InterruptedException {
        Process python;
        try {
            ProcessBuilder builder = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true);
            builder.environment().put("BOTSTORE_URL", Http.BASE);
            builder.environment().put("BOTSTORE_KEY", key);
            python = builder.start();
        } catch (IOException e) {
            Prerequisites.missing("python3 is not installed: the README's Python example is NOT tested.");
            throw e;
        }
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "the example finishes");
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.exitValue(), output);
        return output;
    }
}
