package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document is the map from the original plugin's database manager to this API: each of
 * its public methods is served by an operation whose description says {@code Covers: <method>}.
 * The list of methods is the reference's ({@code upstream-manager-methods.txt}, one
 * {@code <facade> <method>} a line), and every one of them must be covered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiCoverageIT {

    private static final Pattern COVERS = Pattern.compile("Covers: ([a-z_]+(?:, [a-z_]+)*)");

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
    void everyMethodOfTheOriginalIsCoveredAndEveryCoveredMethodExists() throws IOException {
        Map<String, String> facadeOf = methods();
        assertEquals(118, facadeOf.size(), "the reference lists 118 methods");
        // JSON, not the default YAML, which may fold a long description across lines
        Set<String> covered = covered(Http.get("/openapi?format=JSON").body());
        Set<String> started = covered.stream().map(facadeOf::get).filter(f -> f != null).collect(Collectors.toSet());

        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(facadeOf.keySet());
        assertTrue(unknown.isEmpty(), () -> "'Covers:' names methods the original does not have: " + unknown);

        Set<String> missing = facadeOf.entrySet().stream()
                .filter(e -> !covered.contains(e.getKey()))
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), () -> "methods without an operation: " + missing);
        System.out.println("OpenAPI covers " + covered.size() + " of the original's 118 methods, facades "
                + new TreeSet<>(started));
    }

    private static Set<String> covered(String document) {
        Set<String> covered = new TreeSet<>();
        Matcher matcher = COVERS.matcher(document);
        while (matcher.find()) {
            covered.addAll(List.of(matcher.group(1).split(", ")));
        }
        return covered;
    }

    /** method -> facade, from the reference list. */
    private static Map<String, String> methods() throws IOException {
        try (InputStream in = OpenApiCoverageIT.class.getResourceAsStream("/upstream-manager-methods.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().split("\\s+"))
                    .collect(Collectors.toMap(parts -> parts[1], parts -> parts[0]));
        }
    }
}
