package dev.botstore.facades.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What an API key's secret looks like and how it is kept: 256 random bits behind the prefix
 * {@code bst_} (so a leaked key is recognisable in a log or a repository), stored only as its
 * SHA-256 hash. A plain hash is enough for 256 random bits: there is nothing to guess.
 */
public final class KeySecrets {

    public static final String PREFIX = "bst_";
    private static final int SHOWN_PREFIX_CHARS = PREFIX.length() + 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeySecrets() {
    }

    public static String generate() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Equal hashes, compared in time that does not depend on where they differ. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** The part of a secret that a listing shows. */
    public static String shownPrefix(String secret) {
        return secret.substring(0, Math.min(SHOWN_PREFIX_CHARS, secret.length()));
    }
}
