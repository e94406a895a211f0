package dev.botstore.facades.learning;

import static dev.botstore.facades.learning.LearningJson.orEmpty;

import dev.botstore.api.learning.PersonaReview;
import dev.botstore.api.learning.PersonaReviewInput;
import dev.botstore.api.learning.ReviewFilter;
import dev.botstore.api.learning.ReviewStatus;
import dev.botstore.api.learning.StatusChange;
import dev.botstore.persistence.learning.PersonaLearningReview;
import dev.botstore.persistence.learning.ReviewStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persona learning reviews, alias persona update records: one table, {@code persona_update_reviews}. */
final class PersonaReviews {

    private final ReviewStore store;

    PersonaReviews(ReviewStore store) {
        this.store = store;
    }

    PersonaReview add(PersonaReviewInput input) {
        PersonaLearningReview row = new PersonaLearningReview();
        row.setTimestamp(LearningJson.secondsOrNow(input.timestamp()));
        row.setGroupId(LearningJson.required("group_id", input.groupId()));
        row.setUpdateType(orEmpty(input.updateType()));
        row.setOriginalContent(orEmpty(input.originalContent()));
        row.setNewContent(orEmpty(input.newContent()));
        row.setProposedContent(orEmpty(input.proposedContent()));
        row.setConfidenceScore(input.confidenceScore() == null ? 0.0 : input.confidenceScore());
        row.setReason(orEmpty(input.reason()));
        row.setStatus(ReviewStatus.PENDING);
        row.setMetadata(LearningJson.metadataToStore("metadata", input.metadata()));
        return view(store.insert(row));
    }

    List<PersonaReview> list(ReviewFilter filter) {
        return store.list(PersonaLearningReview.class, filter).stream()
                .map(PersonaReviews::view).toList();
    }

    Optional<PersonaReview> find(int id) {
        return store.find(PersonaLearningReview.class, id).map(PersonaReviews::view);
    }

    PersonaReview changeStatus(int id, StatusChange change) {
        String status = ReviewStatus.check("status", change.status());
        PersonaLearningReview row = load(id, change.groupId());
        row.setStatus(status);
        row.setReviewerComment(change.reviewerComment());
        row.setReviewTime(LearningJson.seconds(Instant.now()));
        if (LearningJson.given(change.modifiedContent())) {
            row.setProposedContent(change.modifiedContent());
            row.setNewContent(change.modifiedContent());
        }
        store.flush();
        return view(row);
    }

    PersonaReview patchMetadata(int id, String patch) {
        PersonaLearningReview row = load(id, null);
        row.setMetadata(LearningJson.merge(row.getMetadata(), patch));
        store.flush();
        return view(row);
    }

    boolean delete(int id) {
        return store.delete(PersonaLearningReview.class, id);
    }

    private PersonaLearningReview load(int id, String groupId) {
        return ReviewLookup.load(store, PersonaLearningReview.class, id, groupId, PersonaLearningReview::getGroupId,
                "persona review");
    }

    static PersonaReview view(PersonaLearningReview r) {
        return new PersonaReview(r.getId(), r.getTimestamp(), r.getGroupId(), r.getUpdateType(),
                r.getOriginalContent(), r.getNewContent(), r.getProposedContent(), r.getConfidenceScore(),
                r.getReason(), r.getStatus(), r.getReviewerComment(), r.getReviewTime(),
                LearningJson.object(r.getMetadata()));
    }
}
