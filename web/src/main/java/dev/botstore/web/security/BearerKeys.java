package dev.botstore.web.security;

import dev.botstore.api.security.Caller;
import dev.botstore.web.error.Problem;
import dev.botstore.web.error.Problems;
import dev.botstore.web.error.ServletProblems;
import dev.botstore.web.telemetry.RefusedRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks the {@code Authorization: Bearer <key>} of a request, for the API's mechanism
 * and for the guard of {@code /metrics} alike. The answer to a missing, unknown or revoked key is a
 * 401 problem with {@code WWW-Authenticate: Bearer}; past the failure limit of an address, a 429;
 * when the key cannot be checked because the database is away, a 503. The key itself is never
 * echoed or logged.
 */
@ApplicationScoped
public class BearerKeys {

    private static final String SCHEME = "Bearer ";
    private static final int DATABASE_RETRY_SECONDS = 5;

    @Inject
    private ApiKeyIdentityStore keys;

    @Inject
    private FailedAttempts failures;

    @Inject
    private RefusedRequests refused;

    /**
     * The valid key's caller, or empty once the refusal has been written to {@code response}. With
     * {@code lastCheckWillDo}, a key this server found live before is still taken while the
     * database is away (see {@link BearerKeyCredential}).
     */
    public Optional<CredentialValidationResult> authenticate(HttpServletRequest request, HttpServletResponse response,
                                                             boolean lastCheckWillDo) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return unauthorized(request, response, "this operation needs an API key: send it as"
                    + " 'Authorization: Bearer <key>'");
        }
        CredentialValidationResult result = keys.validate(
                new BearerKeyCredential(header.substring(SCHEME.length()).strip(), lastCheckWillDo));
        return switch (result.getStatus()) {
            case VALID -> Optional.of(result);
            case NOT_VALIDATED -> refuse(response, Problems.plain(503, "the API key cannot be checked while the"
                    + " database is not ready", null).withRetryAfter(DATABASE_RETRY_SECONDS), Map.of());
            default -> unauthorized(request, response, "the API key is unknown or revoked");
        };
    }

    /** The caller of a result {@link #authenticate} returned. */
    public static Caller caller(CredentialValidationResult result) {
        return ((KeyPrincipal) result.getCallerPrincipal()).caller();
    }

    /** Writes a 403 problem: the key is valid but its role may not do this. */
    public void forbid(HttpServletRequest request, HttpServletResponse response, String detail) {
        refuse(response, Problems.plain(403, detail, request.getRequestURI()), Map.of());
    }

    private Optional<CredentialValidationResult> unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                              String detail) {
        int wait = failures.fail(request.getRemoteAddr());
        if (wait > 0) {
            return refuse(response, Problems.plain(429, "too many failed authentications from this"
                    + " address; wait before trying again", null).withRetryAfter(wait), Map.of());
        }
        return refuse(response, Problems.plain(401, detail, null), Map.of("WWW-Authenticate", "Bearer"));
    }

    /** Refused before the module's filters, which count the other refusals: counted here. */
    private Optional<CredentialValidationResult> refuse(HttpServletResponse response, Problem problem,
                                                        Map<String, String> headers) {
        refused.count(problem.status());
        try {
            ServletProblems.write(response, problem, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }
}
