package dev.botstore.api.social;

import java.util.List;

/** {@code get_user_social_relations}: the relations a user takes part in, from either side. */
public record UserRelations(String userId, String groupId, List<RelationComponent> relations) {
}
