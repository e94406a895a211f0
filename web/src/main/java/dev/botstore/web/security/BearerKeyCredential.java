package dev.botstore.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The secret of an {@code Authorization: Bearer} header, on its way to the identity store. */
public record BearerKeyCredential(String secret) implements Credential {

    @Override
    public String toString() {
        return "BearerKeyCredential[secret hidden]"; // never let the secret reach a log through toString
    }
}
