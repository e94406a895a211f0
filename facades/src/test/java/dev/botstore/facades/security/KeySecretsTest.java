package dev.botstore.facades.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeySecretsTest {

    @Test
    void aSecretIs256RandomBitsBehindARecognisablePrefix() {
        String secret = KeySecrets.generate();
        assertTrue(secret.startsWith("bst_"), secret);
        assertEquals(32, Base64.getUrlDecoder().decode(secret.substring(4)).length);
        assertNotEquals(secret, KeySecrets.generate());
    }

    @Test
    void onlyTheHashIsKeptAndAListingShowsAShortPrefix() {
        String secret = KeySecrets.generate();
        String hash = KeySecrets.hash(secret);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertFalse(hash.contains(secret.substring(4)));
        assertTrue(KeySecrets.sameHash(hash, KeySecrets.hash(secret)));
        assertFalse(KeySecrets.sameHash(hash, KeySecrets.hash(secret + "x")));
        assertEquals(secret.substring(0, 8), KeySecrets.shownPrefix(secret));
    }
}
