package dev.botstore.api.social;

import java.util.List;
import java.util.Optional;

/**
 * User profiles, preferences and the social graph of a group ({@code user_profiles},
 * {@code user_preferences}, {@code user_social_profiles}, {@code user_social_relation_components}):
 * the original's SocialFacade. Every save is an atomic upsert that keeps what the caller did not send.
 */
public interface Social {

    int MAX_PAGE = 10_000;
    /** A relation at least this strong counts as significant in the user's social profile. */
    double SIGNIFICANT_STRENGTH = 0.7;

    Optional<UserProfileData> profile(String qqId);

    UserProfileData saveProfile(String qqId, ProfileInput input);

    Optional<UserPreferencesData> preferences(String userId, String groupId);

    UserPreferencesData savePreferences(String userId, String groupId, PreferencesInput input);

    List<GroupRelation> relationsOfGroup(String groupId, int limit, int offset);

    /**
     * Saves one relation: the first save creates it; a later one of the same (from, to, type) adds
     * its frequency, averages the strength weighted by frequency and keeps the latest interaction.
     */
    RelationWrite saveRelation(String groupId, RelationInput input);

    UserRelations relationsOfUser(String groupId, String userId);
}
