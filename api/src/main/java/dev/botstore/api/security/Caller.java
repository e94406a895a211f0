package dev.botstore.api.security;

/**
 * Who is calling: the API key a request was authenticated with. Never carries the secret.
 *
 * @param keyId  the key's id; 0 for the operator's configured {@code admin_api_key}
 * @param name   the key's name
 * @param role   one of {@link Roles}
 * @param plugin the plugin a {@code plugin} key is bound to, otherwise null
 */
public record Caller(long keyId, String name, String role, String plugin) {

    /** The key configured by the operator ({@code admin_api_key}), which lives in no table. */
    public static final long CONFIGURED_KEY_ID = 0;
}
