package dev.botstore.api.security;

/** A new key with its secret: the only time the secret leaves the server. */
public record CreatedApiKey(ApiKeyInfo key, String secret) {
}
