package dev.botstore.facades.social;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.input.Paging;
import dev.botstore.api.social.GroupRelation;
import dev.botstore.api.social.PreferencesInput;
import dev.botstore.api.social.ProfileInput;
import dev.botstore.api.social.RelationInput;
import dev.botstore.api.social.RelationWrite;
import dev.botstore.api.social.Social;
import dev.botstore.api.social.UserPreferencesData;
import dev.botstore.api.social.UserProfileData;
import dev.botstore.api.social.UserRelations;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.support.Checks;
import dev.botstore.facades.support.RetriedTransactions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The original's SocialFacade, with its bugs fixed: a relation saved again is merged into one row
 * (and the user's social profile recounted), and a profile keeps the fields a caller did not send.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SocialFacade implements Social {

    @EJB
    private SocialTransactions transactions;

    @Inject
    private RetriedTransactions retried;

    @Override
    public Optional<UserProfileData> profile(String qqId) {
        Checks.id("qq_id", qqId);
        return retrying(() -> transactions.profile(qqId));
    }

    @Override
    public UserProfileData saveProfile(String qqId, ProfileInput input) {
        Checks.id("qq_id", qqId);
        Checks.length("qq_name", input.qqName(), Checks.ID_LENGTH);
        return retrying(() -> transactions.saveProfile(qqId, input));
    }

    @Override
    public Optional<UserPreferencesData> preferences(String userId, String groupId) {
        ids(userId, groupId);
        return retrying(() -> transactions.preferences(userId, groupId));
    }

    @Override
    public UserPreferencesData savePreferences(String userId, String groupId, PreferencesInput input) {
        ids(userId, groupId);
        Checks.finite("adaptive_rate", input.adaptiveRate());
        return retrying(() -> transactions.savePreferences(userId, groupId, input));
    }

    @Override
    public List<GroupRelation> relationsOfGroup(String groupId, int limit, int offset) {
        Checks.id("group_id", groupId);
        Paging.check(limit, offset, MAX_PAGE);
        return retrying(() -> transactions.relationsOfGroup(groupId, limit, offset));
    }

    @Override
    public RelationWrite saveRelation(String groupId, RelationInput input) {
        Checks.id("group_id", groupId);
        Checks.id("from_user", input.fromUser());
        Checks.id("to_user", input.toUser());
        if (input.relationType() != null) {
            Checks.id("relation_type", input.relationType(), 100);
        }
        Checks.finite("strength", input.strength());
        Checks.counter("frequency", input.frequency());
        return retrying(() -> transactions.saveRelation(groupId, input));
    }

    @Override
    public UserRelations relationsOfUser(String groupId, String userId) {
        ids(userId, groupId);
        return retrying(() -> transactions.relationsOfUser(groupId, userId));
    }

    private static void ids(String userId, String groupId) {
        Checks.id("user_id", userId);
        Checks.id("group_id", groupId);
    }

    private <T> T retrying(Supplier<T> work) {
        return retried.run(work);
    }
}
