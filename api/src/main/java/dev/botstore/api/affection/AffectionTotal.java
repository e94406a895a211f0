package dev.botstore.api.affection;

/** {@code get_total_affection}: the sum of the levels of a group. */
public record AffectionTotal(String groupId, long totalAffection, long users) {
}
