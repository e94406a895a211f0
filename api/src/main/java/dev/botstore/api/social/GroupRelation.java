package dev.botstore.api.social;

/**
 * A relation as {@code get_social_relations_by_group} shows it (renamed keys from_user, to_user,
 * strength). {@code lastInteraction} is epoch seconds as stored: whole, or with the fraction the
 * original's float writes leave in a SQLite file.
 */
public record GroupRelation(String fromUser, String toUser, String relationType, Double strength, int frequency,
                            Number lastInteraction, String description) {
}
