package dev.botstore.web.learning;

import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.learning.Learning;
import dev.botstore.api.learning.ReviewFilter;
import dev.botstore.api.learning.StatusChange;
import dev.botstore.web.JsonFields;
import dev.botstore.web.QueryValues;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/** What the learning resources read from requests alike: ids, review filters, status changes, creations. */
final class LearningRequests {

    static final int DEFAULT_PAGE = 50;

    private LearningRequests() {
    }

    /** A row id from the path, by {@link QueryValues#rowId}. */
    static int id(String raw, String what) {
        return QueryValues.rowId("id", raw, what);
    }

    static <T> T found(Optional<T> row, String what, Object id) {
        return row.orElseThrow(() -> new NotFoundException("no " + what + " " + id));
    }

    static ReviewFilter filter(String status, String groupId, String limit, String offset) {
        return new ReviewFilter(status == null || status.isBlank() ? "pending" : status.strip(), groupId,
                QueryValues.limit(limit, DEFAULT_PAGE, Learning.MAX_PAGE),
                QueryValues.offset(offset));
    }

    /** {"status", "reviewer_comment" (or "comment"), "modified_content", "group_id"}. */
    static StatusChange statusChange(JsonFields fields) {
        String comment = fields.has("reviewer_comment") ? fields.text("reviewer_comment") : fields.text("comment");
        return new StatusChange(fields.text("status"), comment, fields.text("modified_content"),
                fields.text("group_id"));
    }

    /** The body of a metadata PATCH: a JSON object whose top-level keys replace the stored ones. */
    static String metadataPatch(JsonFields body) {
        return body.object().toString();
    }

    static Response created(UriInfo uri, String collection, Object id, Object entity) {
        return Response.created(uri.getBaseUriBuilder().path("learning").path(collection).path(String.valueOf(id))
                .build()).entity(entity).build();
    }
}
