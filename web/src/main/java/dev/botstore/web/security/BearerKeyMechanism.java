package dev.botstore.web.security;

import dev.botstore.api.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * How a request proves who it is: {@code Authorization: Bearer <key>} on every call under
 * {@code /api/v1}, checked by {@link BearerKeys} (which also answers a missing or wrong key).
 */
@ApplicationScoped
public class BearerKeyMechanism implements HttpAuthenticationMechanism {

    /** The request attribute that carries the authenticated {@link dev.botstore.api.security.Caller}. */
    public static final String CALLER = "dev.botstore.caller";
    /** The key's id (never the key) on every authenticated answer, which the access log records. */
    public static final String KEY_ID_HEADER = "Botstore-Key-Id";
    private static final String API = "/api/v1/";

    @Inject
    private BearerKeys keys;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(API) && !path.equals(API.substring(0, API.length() - 1))
                || "OPTIONS".equals(request.getMethod())) {
            return context.doNothing(); // a CORS preflight carries no key; it reads and changes nothing
        }
        Optional<CredentialValidationResult> result = keys.authenticate(request, response, false);
        if (result.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Caller caller = BearerKeys.caller(result.get());
        request.setAttribute(CALLER, caller);
        response.setHeader(KEY_ID_HEADER, Long.toString(caller.keyId())); // for the access log
        return context.notifyContainerAboutLogin(result.get());
    }
}
