package dev.botstore.facades.learning;

import dev.botstore.api.error.NotFoundException;
import dev.botstore.persistence.learning.ReviewStore;
import java.util.function.Function;

/** The lookup of a review to change, alike for persona and style reviews: a 404 names what is missing. */
final class ReviewLookup {

    private ReviewLookup() {
    }

    /** The review {@code id}, which must be of {@code groupId} when that is given; a 404 otherwise. */
    static <T> T load(ReviewStore store, Class<T> entity, int id, String groupId, Function<T, String> groupOf,
                      String what) {
        T row = store.find(entity, id).orElse(null);
        if (row == null || LearningJson.given(groupId) && !groupId.equals(groupOf.apply(row))) {
            throw new NotFoundException("no " + what + " " + id
                    + (LearningJson.given(groupId) ? " in group '" + groupId + "'" : ""));
        }
        return row;
    }
}
