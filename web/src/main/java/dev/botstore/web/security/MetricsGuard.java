package dev.botstore.web.security;

import dev.botstore.api.security.Roles;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * Who may read Liberty's {@code /metrics}: a key of role {@code metrics} or {@code admin}. Liberty
 * asks this module (a Jakarta Authentication server context, see {@link MetricsGuardRegistration})
 * about every request to its metrics endpoint; a missing or wrong key gets the API's 401 and a key
 * of another role a 403. While the database is away, a key this server found live before is still
 * taken, so that a scrape shows {@code botstore_database_ready 0} rather than failing. Liberty permits an unprotected resource after {@code SEND_FAILURE}, so a
 * refusal is answered {@code SEND_CONTINUE} ("the response is written, send it as it is"), and the
 * refusal is committed first, or Liberty would turn a 401 into its own Basic challenge.
 */
class MetricsGuard implements ServerAuthContext {

    static final Set<String> READERS = Set.of(Roles.METRICS, Roles.ADMIN);

    private final BearerKeys keys;

    MetricsGuard(BearerKeys keys) {
        this.keys = keys;
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
        String role = keys.authenticate(request, response, true).map(r -> BearerKeys.caller(r).role()).orElse(null);
        if (role == null) {
            return sent(response);
        }
        if (!READERS.contains(role)) {
            keys.forbid(request, response, "/metrics needs a key of role metrics or admin; this key has role " + role);
            return sent(response);
        }
        return AuthStatus.SUCCESS;
    }

    private static AuthStatus sent(HttpServletResponse response) throws AuthException {
        try {
            response.flushBuffer();
        } catch (IOException clientGone) {
            throw (AuthException) new AuthException("the refusal could not be sent").initCause(clientGone);
        }
        return AuthStatus.SEND_CONTINUE;
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        // nothing was put into the subject
    }
}
