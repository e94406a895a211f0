package dev.botstore.web.security;

import dev.botstore.api.security.Caller;
import dev.botstore.web.error.Problem;
import dev.botstore.web.error.Problems;
import dev.botstore.web.error.ServletProblems;
import dev.botstore.web.telemetry.RefusedRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * How a request proves who it is: {@code Authorization: Bearer <key>} on every call under
 * {@code /api/v1}. The answer to a missing, unknown or revoked key is a 401 problem with
 * {@code WWW-Authenticate: Bearer}; past the failure limit of an address, a 429; when the key
 * cannot be checked because the database is away, a 503. The key itself is never echoed or logged.
 */
@ApplicationScoped
public class BearerKeyMechanism implements HttpAuthenticationMechanism {

    /** The request attribute that carries the authenticated {@link dev.botstore.api.security.Caller}. */
    public static final String CALLER = "dev.botstore.caller";
    /** The key's id (never the key) on every authenticated answer, which the access log records. */
    public static final String KEY_ID_HEADER = "Botstore-Key-Id";
    private static final String API = "/api/v1/";
    private static final String SCHEME = "Bearer ";
    private static final int DATABASE_RETRY_SECONDS = 5;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private FailedAttempts failures;

    @Inject
    private RefusedRequests refused;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(API) && !path.equals(API.substring(0, API.length() - 1))
                || "OPTIONS".equals(request.getMethod())) {
            return context.doNothing(); // a CORS preflight carries no key; it reads and changes nothing
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return unauthorized(request, response, context, "this operation needs an API key: send it as"
                    + " 'Authorization: Bearer <key>'");
        }
        CredentialValidationResult result = identityStores.validate(
                new BearerKeyCredential(header.substring(SCHEME.length()).strip()));
        return switch (result.getStatus()) {
            case VALID -> {
                Caller caller = ((KeyPrincipal) result.getCallerPrincipal()).caller();
                request.setAttribute(CALLER, caller);
                response.setHeader(KEY_ID_HEADER, Long.toString(caller.keyId())); // for the access log
                yield context.notifyContainerAboutLogin(result);
            }
            case NOT_VALIDATED -> refuse(context, response, Problems.plain(503, "the API key cannot be checked"
                    + " while the database is not ready", null).withRetryAfter(DATABASE_RETRY_SECONDS), Map.of());
            default -> unauthorized(request, response, context, "the API key is unknown or revoked");
        };
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context, String detail) {
        int wait = failures.fail(request.getRemoteAddr());
        if (wait > 0) {
            refused.count(429);
            return refuse(context, response, Problems.plain(429, "too many failed authentications from this"
                    + " address; wait before trying again", null).withRetryAfter(wait), Map.of());
        }
        refused.count(401); // refused before the module's filters, which count the other refusals
        return refuse(context, response, Problems.plain(401, detail, null), Map.of("WWW-Authenticate", "Bearer"));
    }

    private static AuthenticationStatus refuse(HttpMessageContext context, HttpServletResponse response,
                                               Problem problem, Map<String, String> headers) {
        try {
            ServletProblems.write(response, problem, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
