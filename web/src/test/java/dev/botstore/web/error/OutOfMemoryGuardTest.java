package dev.botstore.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.web.telemetry.RefusedRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutOfMemoryGuardTest {

    private static final String URI = "/api/v1/plugins/alice.memory/store";

    private final Logger log = Logger.getLogger(OutOfMemoryGuard.class.getName());
    private final FakeResponse response = new FakeResponse();
    private final List<Problem> answered = new ArrayList<>();
    private final List<Integer> counted = new ArrayList<>();
    private final RefusedRequests refused = new RefusedRequests() {
        @Override
        public void count(int status) {
            counted.add(status);
        }
    };
    private final OutOfMemoryGuard guard = new OutOfMemoryGuard((r, problem) -> answered.add(problem), refused);

    @BeforeEach
    void quietLog() {
        log.setUseParentHandlers(false); // keep the expected warnings out of the build output
    }

    @AfterEach
    void restoreLog() {
        log.setUseParentHandlers(true);
    }

    @Test
    void anOutOfMemoryErrorBeforeAnythingWasSentIsAnsweredWithThe503Problem() throws Exception {
        guard.doFilter(request(), response.proxy(), failingWith(new OutOfMemoryError("Java heap space"), false));

        assertTrue(response.reset, "what the chain had buffered is dropped");
        assertEquals(1, answered.size());
        assertEquals(503, answered.get(0).status());
        assertEquals(5, answered.get(0).retryAfter());
        assertEquals(URI, answered.get(0).instance());
        assertEquals(List.of(503), counted, "counted with the other refusals");
    }

    @Test
    void anOutOfMemoryErrorAfterTheAnswerWasCommittedAddsNothingAndReachesNoContainerPage() throws Exception {
        guard.doFilter(request(), response.proxy(), failingWith(new OutOfMemoryError("Java heap space"), true));

        assertFalse(response.reset);
        assertTrue(answered.isEmpty(), "nothing is appended to what was sent");
        assertEquals(List.of(413), counted, "the status that was sent is counted, once");
    }

    @Test
    void anOutOfMemoryErrorWrappedByTheRuntimeIsRecognised() throws Exception {
        ServletException wrapped = new ServletException("unhandled", new OutOfMemoryError("Java heap space"));

        guard.doFilter(request(), response.proxy(), failingWith(wrapped, false));

        assertEquals(503, answered.get(0).status());
    }

    @Test
    void runningOutOfMemoryAgainWhileAnsweringLetsNothingReachTheContainer() throws Exception {
        OutOfMemoryGuard starved = new OutOfMemoryGuard((r, problem) -> {
            throw new OutOfMemoryError("Java heap space");
        }, refused);

        starved.doFilter(request(), response.proxy(), failingWith(new OutOfMemoryError("Java heap space"), false));

        assertTrue(response.reset);
    }

    @Test
    void anyOtherFailurePassesThroughUntouched() {
        UncheckedIOException other = new UncheckedIOException("client went away", new java.io.IOException());

        UncheckedIOException thrown = assertThrows(UncheckedIOException.class,
                () -> guard.doFilter(request(), response.proxy(), failingWith(other, false)));

        assertSame(other, thrown);
        assertFalse(response.reset);
        assertTrue(answered.isEmpty());
    }

    @Test
    void aRequestThatSucceedsIsLeftAlone() throws Exception {
        guard.doFilter(request(), response.proxy(), (req, res) -> { });

        assertFalse(response.reset);
        assertTrue(answered.isEmpty());
    }

    /** A chain that fails as RESTEasy's servlet does, after committing the answer or not. */
    private FilterChain failingWith(Throwable failure, boolean afterCommitting) {
        return (req, res) -> {
            response.committed = afterCommitting;
            if (failure instanceof ServletException servlet) {
                throw servlet;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failure;
        };
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(OutOfMemoryGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> URI;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Only what the guard may touch: whether the response is committed, and its reset. */
    private static final class FakeResponse {
        boolean committed;
        boolean reset;

        HttpServletResponse proxy() {
            return (HttpServletResponse) Proxy.newProxyInstance(OutOfMemoryGuardTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, method, args) -> switch (method.getName()) {
                        case "isCommitted" -> committed;
                        case "getStatus" -> 413;
                        case "reset" -> {
                            if (committed) {
                                throw new IllegalStateException("committed");
                            }
                            reset = true;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
