package dev.botstore.api.security;

import java.util.List;
import java.util.Optional;

/** The API keys: created, listed and revoked by an admin; looked up by the web tier's identity store. */
public interface ApiKeys {

    CreatedApiKey create(NewApiKey request);

    List<ApiKeyInfo> list();

    /** @throws dev.botstore.api.error.NotFoundException when there is no such key */
    ApiKeyInfo revoke(long id);

    /**
     * The caller a presented secret stands for, when it is a live key. Only a hash of the secret
     * reaches the database.
     */
    Optional<Caller> authenticate(String secret);

    /**
     * The caller a secret stood for when this server last found it live, however long ago; empty
     * when it never did or a key has been revoked since. Only for reading {@code /metrics} while the
     * database is away, which is when its numbers matter most.
     */
    Optional<Caller> lastChecked(String secret);
}
