package dev.botstore.api.social;

/** A relation as {@code get_social_relations_by_group} shows it (renamed keys from_user, to_user, strength). */
public record GroupRelation(String fromUser, String toUser, String relationType, Double strength, int frequency,
                            long lastInteraction, String description) {
}
