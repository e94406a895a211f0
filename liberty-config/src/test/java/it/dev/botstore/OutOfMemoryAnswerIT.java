package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import it.dev.botstore.support.StarvedServlet;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An {@link OutOfMemoryError} that leaves a request of the web module is answered with the 503
 * problem, or, once the answer is committed, with nothing more: never Liberty's HTML page, never
 * a second answer after the first. A heap that runs out for real under load cannot be timed (the
 * benchmark met the HTML page once in many thousands of requests), so {@link StarvedServlet}, which only
 * this test adds to the deployed web module, throws the error where the heap would have run out.
 */
@EnabledIfSystemProperty(named = "it.scenario", matches = "normal")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutOfMemoryAnswerIT {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.botstoreEar();
        ear.getAsType(WebArchive.class, "botstore-web.war").addClass(StarvedServlet.class);
        return ear;
    }

    @BeforeAll
    static void databaseReady() throws Exception {
        ItDatabase.require();
        Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
    }

    @Test
    void anOutOfMemoryErrorBeforeAnythingWasSentIsThe503Problem() {
        HttpResponse<String> answer = Http.get("/it-starved?when=before-commit");

        assertNoHtml(answer);
        assertEquals(503, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("")
                .split(";")[0]);
        assertEquals("5", answer.headers().firstValue("Retry-After").orElse(""));
        assertFalse(answer.body().contains("partial answer"), answer.body());
    }

    @Test
    void anOutOfMemoryErrorAfterTheAnswerWasCommittedAppendsNothingToIt() {
        HttpResponse<String> answer = Http.get("/it-starved?when=after-commit");

        assertNoHtml(answer);
        assertEquals(200, answer.statusCode());
        assertEquals(StarvedServlet.PARTIAL, answer.body(), "the body ends where the error struck; no second answer follows");
    }

    @Test
    void anOutOfMemoryErrorThatRunsTheHeapOutAgainWhileItIsHandledIsNoHtmlPage() {
        HttpResponse<String> answer = Http.get("/it-starved?when=again");

        assertNoHtml(answer);
        assertEquals(503, answer.statusCode(), answer.body());
    }

    @Test
    void theGuards503IsCountedWithTheOtherRefusals() {
        double before = refused503();

        assertEquals(503, Http.get("/it-starved?when=before-commit").statusCode());

        // Liberty's own count by route and status sees such a request as status 0
        assertEquals(before + 1, refused503(), "an operator sees the heap ran short");
    }

    private static double refused503() {
        HttpResponse<String> scrape = Http.send(Http.request("/metrics").header("Accept", "text/plain"));
        assertEquals(200, scrape.statusCode(), scrape.body());
        return scrape.body().lines().filter(line -> line.startsWith("botstore_http_refused_total{")
                        && line.contains("status=\"503\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static void assertNoHtml(HttpResponse<String> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        assertFalse(type.contains("html"), type);
        assertFalse(answer.body().contains("<H1>") || answer.body().contains("SRVE"), answer.body());
        assertTrue(answer.body().length() < 10_000);
    }
}
