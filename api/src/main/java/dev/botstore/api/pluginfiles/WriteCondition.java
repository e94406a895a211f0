package dev.botstore.api.pluginfiles;

import java.util.ArrayList;
import java.util.List;

/**
 * The preconditions of a write, as HTTP's {@code If-Match} and {@code If-None-Match} express them.
 * Each list holds entity tags as written in the header (quoted, possibly {@code W/}-prefixed) or
 * {@code *}; null means the header was not sent.
 *
 * @param ifMatch     write only if the current file has one of these tags ({@code *}: if it exists)
 * @param ifNoneMatch write only if the current file has none of these tags ({@code *}: only if it does not exist)
 */
public record WriteCondition(List<String> ifMatch, List<String> ifNoneMatch) {

    /** No precondition: the write always goes ahead. */
    public static final WriteCondition NONE = new WriteCondition(null, null);

    /** Only create: refuse if a file is already there. */
    public static final WriteCondition CREATE_ONLY = new WriteCondition(null, List.of("*"));

    public WriteCondition {
        ifMatch = ifMatch == null ? null : List.copyOf(ifMatch);
        ifNoneMatch = ifNoneMatch == null ? null : List.copyOf(ifNoneMatch);
    }

    /** From the raw header values; a null or blank header is no condition. */
    public static WriteCondition of(String ifMatchHeader, String ifNoneMatchHeader) {
        return new WriteCondition(tags(ifMatchHeader), tags(ifNoneMatchHeader));
    }

    /** Only replace the version with this entity tag (unquoted, as in {@link FileInfo#etag()}). */
    public static WriteCondition ifMatch(String etag) {
        return new WriteCondition(List.of(quote(etag)), null);
    }

    /**
     * Why a file whose current tag is {@code currentEtag} (null: no file) fails this condition, or
     * null if it passes. If-Match uses the strong comparison and If-None-Match the weak one (RFC 9110).
     */
    public String failure(String currentEtag) {
        if (ifMatch != null) {
            if (currentEtag == null) {
                return "If-Match was given but there is no file at this path";
            }
            if (!ifMatch.contains("*") && !ifMatch.contains(quote(currentEtag))) {
                return "If-Match " + String.join(", ", ifMatch) + " does not match the current ETag "
                        + quote(currentEtag);
            }
        }
        if (ifNoneMatch != null && currentEtag != null) {
            if (ifNoneMatch.contains("*")) {
                return "If-None-Match: * was given but a file already exists at this path";
            }
            if (anyWeaklyMatches(ifNoneMatch, currentEtag)) {
                return "If-None-Match matches the current ETag " + quote(currentEtag);
            }
        }
        return null;
    }

    /** True if an {@code If-None-Match} header matches this (unquoted) tag: a GET may then answer 304. */
    public static boolean noneMatchHits(String ifNoneMatchHeader, String currentEtag) {
        List<String> tags = tags(ifNoneMatchHeader);
        return tags != null && (tags.contains("*") || anyWeaklyMatches(tags, currentEtag));
    }

    private static boolean anyWeaklyMatches(List<String> tags, String currentEtag) {
        String current = quote(currentEtag);
        return tags.stream().anyMatch(t -> (t.startsWith("W/") ? t.substring(2) : t).equals(current));
    }

    static String quote(String etag) {
        return "\"" + etag + "\"";
    }

    /** Splits {@code "a", W/"b"} into its tags; commas inside quotes are part of a tag. */
    static List<String> tags(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        StringBuilder tag = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                add(tags, tag);
            } else {
                tag.append(c);
            }
        }
        add(tags, tag);
        return tags;
    }

    private static void add(List<String> tags, StringBuilder tag) {
        String t = tag.toString().strip();
        if (!t.isEmpty()) {
            tags.add(t);
        }
        tag.setLength(0);
    }
}
