package dev.botstore.api.learning;

/** Counts over {@code style_learning_reviews}: all, pending, approved. */
public record StyleReviewStatistics(long totalReviews, long pendingReviews, long approvedReviews) {
}
