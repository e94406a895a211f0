package dev.botstore.web.security;

import dev.botstore.api.security.ApiKeys;
import dev.botstore.api.security.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Jakarta Security identity store over Botstore's keys table: a bearer secret is valid when it
 * is a live key, and the key's role is the caller's only group (roles map to groups of the same
 * name). A lookup that fails (the database is away) is "not validated", which the mechanism
 * answers with 503 rather than calling the key wrong, unless the credential accepts the key's last
 * check on this server instead (the guard of {@code /metrics}).
 */
@ApplicationScoped
public class ApiKeyIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityStore.class.getName());

    @EJB
    private ApiKeys keys;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof BearerKeyCredential bearer)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Caller> caller;
        try {
            caller = keys.authenticate(bearer.secret());
        } catch (RuntimeException databaseAway) {
            LOG.log(Level.FINE, "a key could not be checked", databaseAway);
            caller = bearer.lastCheckWillDo() ? keys.lastChecked(bearer.secret()) : Optional.empty();
            if (caller.isEmpty()) {
                return CredentialValidationResult.NOT_VALIDATED_RESULT;
            }
        }
        return caller.map(c -> new CredentialValidationResult(new KeyPrincipal(c), Set.of(c.role())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
