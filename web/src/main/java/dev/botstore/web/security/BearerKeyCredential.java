package dev.botstore.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The secret of an {@code Authorization: Bearer} header, on its way to the identity store.
 *
 * @param lastCheckWillDo whether, while the database is away, the key's last check on this server
 *                        may stand in for a fresh one (only for {@code /metrics})
 */
public record BearerKeyCredential(String secret, boolean lastCheckWillDo) implements Credential {

    @Override
    public String toString() {
        return "BearerKeyCredential[secret hidden]"; // never let the secret reach a log through toString
    }
}
