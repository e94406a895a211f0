package dev.botstore.facades.learning;

import static dev.botstore.facades.learning.LearningJson.orEmpty;

import dev.botstore.api.learning.ReviewFilter;
import dev.botstore.api.learning.ReviewStatus;
import dev.botstore.api.learning.StatusChange;
import dev.botstore.api.learning.StyleReview;
import dev.botstore.api.learning.StyleReviewInput;
import dev.botstore.persistence.learning.StyleLearningReview;
import dev.botstore.persistence.learning.ReviewStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Style learning reviews ({@code style_learning_reviews}) and the few-shot dialogs of approved ones. */
final class StyleReviews {

    private final ReviewStore store;

    StyleReviews(ReviewStore store) {
        this.store = store;
    }

    StyleReview add(StyleReviewInput input) {
        String status = input.status() == null ? ReviewStatus.PENDING : ReviewStatus.check("status", input.status());
        StyleLearningReview row = new StyleLearningReview();
        row.setType(orEmpty(input.type()));
        row.setGroupId(LearningJson.required("group_id", input.groupId()));
        row.setTimestamp(LearningJson.secondsOrNow(input.timestamp()));
        row.setLearnedPatterns(LearningJson.listToStore(input.learnedPatterns()));
        row.setFewShotsContent(orEmpty(input.fewShotsContent()));
        row.setStatus(status);
        row.setDescription(orEmpty(input.description()));
        row.setMetadata(LearningJson.metadataToStore("metadata", input.metadata()));
        if (!status.equals(ReviewStatus.PENDING)) {
            // decided at birth, as the original's auto-approval of a review without dialog pairs
            row.setReviewerComment(input.reviewerComment());
            row.setReviewTime(LearningJson.seconds(Instant.now()));
        }
        return view(store.insert(row), true);
    }

    List<StyleReview> list(ReviewFilter filter) {
        return store.list(StyleLearningReview.class, filter).stream()
                .map(row -> view(row, filter.pending())).toList();
    }

    Optional<StyleReview> find(int id) {
        return store.find(StyleLearningReview.class, id).map(row -> view(row, true));
    }

    StyleReview changeStatus(int id, StatusChange change) {
        String status = ReviewStatus.check("status", change.status());
        StyleLearningReview row = load(id, change.groupId());
        row.setStatus(status);
        row.setReviewerComment(orEmpty(change.reviewerComment()));
        row.setReviewTime(LearningJson.seconds(Instant.now()));
        store.flush();
        return view(row, true);
    }

    StyleReview patchMetadata(int id, String patch) {
        StyleLearningReview row = load(id, null);
        row.setMetadata(LearningJson.merge(row.getMetadata(), patch));
        store.flush();
        return view(row, true);
    }

    boolean delete(int id) {
        return store.delete(StyleLearningReview.class, id);
    }

    /** Only the group's own approved reviews with dialog text; no fallback to other groups. */
    List<String> approvedFewShots(String groupId, int limit) {
        return store.approvedFewShots(LearningJson.required("group_id", groupId), limit);
    }

    private StyleLearningReview load(int id, String groupId) {
        return ReviewLookup.load(store, StyleLearningReview.class, id, groupId, StyleLearningReview::getGroupId,
                "style review");
    }

    private static StyleReview view(StyleLearningReview r, boolean withCreatedAt) {
        return new StyleReview(r.getId(), r.getType(), r.getGroupId(), r.getTimestamp(),
                LearningJson.list(r.getLearnedPatterns()), r.getFewShotsContent(), r.getStatus(),
                r.getDescription(), r.getReviewerComment(), r.getReviewTime(), LearningJson.object(r.getMetadata()),
                withCreatedAt ? r.getCreatedAt() : null);
    }
}
