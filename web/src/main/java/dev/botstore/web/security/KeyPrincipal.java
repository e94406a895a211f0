package dev.botstore.web.security;

import dev.botstore.api.security.Caller;
import jakarta.security.enterprise.CallerPrincipal;

/** The authenticated key as a principal: its name is the key's id, never the secret. */
public class KeyPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final transient Caller caller;

    public KeyPrincipal(Caller caller) {
        super("key-" + caller.keyId());
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }
}
