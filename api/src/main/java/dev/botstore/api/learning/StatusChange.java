package dev.botstore.api.learning;

/**
 * A review decision: {@code status} is one of {@link ReviewStatus}. {@code modifiedContent}, when not
 * blank, replaces the proposed and the new content of a persona review. {@code groupId}, when not blank,
 * must be the review's group (a guard against approving a review of another group).
 */
public record StatusChange(String status, String reviewerComment, String modifiedContent, String groupId) {
}
