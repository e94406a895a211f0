package dev.botstore.facades.security;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.pluginstore.PluginStoreRules;
import dev.botstore.api.security.ApiKeyInfo;
import dev.botstore.api.security.ApiKeys;
import dev.botstore.api.security.Caller;
import dev.botstore.api.security.CreatedApiKey;
import dev.botstore.api.security.NewApiKey;
import dev.botstore.api.security.Roles;
import dev.botstore.facades.config.Settings;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.Checks;
import dev.botstore.persistence.security.ApiKey;
import dev.botstore.persistence.security.SecurityStore;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Key management for admins, and the lookup behind every authenticated request. The operator's
 * {@code admin_api_key}, when set, is an admin key that lives in no table, so an operator can
 * always get in, even while the database is away.
 */
@Stateless
@Local(ApiKeys.class)
@RolesAllowed(Roles.ADMIN)
public class ApiKeyFacade implements ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeyFacade.class.getName());
    static final String CONFIGURED_KEY_NAME = "admin_api_key";
    private static final int MAX_NAME_CHARS = 100;

    @EJB
    private Databases databases;

    @Inject
    private KeyCache cache;

    @EJB
    private KeyLookups lookups;

    @Override
    public CreatedApiKey create(NewApiKey request) {
        String name = Checks.id("name", request.name(), MAX_NAME_CHARS);
        String role = request.role();
        if (role == null || !Roles.ALL.contains(role)) {
            throw new InvalidInputException("role", "role must be one of " + Roles.ALL);
        }
        String plugin = request.plugin();
        if (Roles.PLUGIN.equals(role)) {
            PluginStoreRules.checkPluginKey(plugin);
        } else if (plugin != null) {
            throw new InvalidInputException("plugin", "only a key of role plugin is bound to a plugin");
        }
        return issue(store(), name, role, plugin);
    }

    /** Creates a key and returns its secret, which is not kept anywhere. */
    static CreatedApiKey issue(SecurityStore store, String name, String role, String plugin) {
        String secret = KeySecrets.generate();
        ApiKey key = store.add(new ApiKey(name, role, plugin, KeySecrets.hash(secret), KeySecrets.shownPrefix(secret),
                now()));
        return new CreatedApiKey(info(key), secret);
    }

    @Override
    public List<ApiKeyInfo> list() {
        return store().keys().stream().map(ApiKeyFacade::info).toList();
    }

    @Override
    public ApiKeyInfo revoke(long id) {
        ApiKey key = store().key(id).orElseThrow(() -> new NotFoundException("there is no API key " + id));
        if (key.getRevokedAt() == null) {
            key.setRevokedAt(now());
        }
        cache.clear();
        return info(key);
    }

    /**
     * Runs on every authenticated request: a cached key costs one hash and a map lookup, no
     * transaction, no query and no read of the configuration; only a miss reads the key in a
     * transaction of {@link KeyLookups}, and notes its use in another. The cache holds keys of the
     * table only, never the operator's {@code admin_api_key}, which is read from the configuration
     * on each of its uses, so that a changed or removed setting takes effect at once.
     */
    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        String hash = KeySecrets.hash(secret);
        Optional<Caller> cached = secret.startsWith(KeySecrets.PREFIX) ? cache.get(hash) : Optional.empty();
        if (cached.isPresent()) {
            return cached;
        }
        String configured = Settings.get("admin_api_key", null);
        if (configured != null && KeySecrets.sameHash(hash, KeySecrets.hash(configured.strip()))) {
            return Optional.of(new Caller(Caller.CONFIGURED_KEY_ID, CONFIGURED_KEY_NAME, Roles.ADMIN, null));
        }
        if (!secret.startsWith(KeySecrets.PREFIX)) {
            return Optional.empty();
        }
        Optional<KeyLookups.Checked> checked = lookups.check(hash);
        // a key revoked by another instance: forget this instance's last check of it too
        checked.ifPresentOrElse(c -> cache.put(hash, c.caller()), () -> cache.remove(hash));
        checked.filter(KeyLookups.Checked::useToNote).ifPresent(c -> noteUse(c.caller().keyId()));
        return checked.map(KeyLookups.Checked::caller);
    }

    /**
     * Best effort: a valid key is not refused because its last use could not be written just now.
     * {@link KeyLookups#noteUse} takes a refused statement itself; what reaches here is a commit
     * the database refused.
     */
    private void noteUse(long id) {
        try {
            lookups.noteUse(id);
        } catch (RuntimeException refused) {
            LOG.log(Level.FINE, "the last use of a key could not be noted", refused);
        }
    }

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> lastChecked(String secret) {
        return secret == null || !secret.startsWith(KeySecrets.PREFIX) ? Optional.empty()
                : cache.last(KeySecrets.hash(secret));
    }

    private SecurityStore store() {
        return new SecurityStore(databases.entityManager());
    }

    static ApiKeyInfo info(ApiKey key) {
        return new ApiKeyInfo(key.getId(), key.getName(), key.getRole(), key.getPlugin(), key.getKeyPrefix(),
                utc(key.getCreatedAt()), utc(key.getLastUsedAt()), utc(key.getRevokedAt()));
    }

    private static java.time.Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
