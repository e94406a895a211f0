package dev.botstore.facades.psychological;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.TimeInput;
import dev.botstore.api.psychological.EmotionProfile;
import dev.botstore.api.psychological.EmotionProfileChanges;
import dev.botstore.api.psychological.Psychological;
import dev.botstore.api.psychological.SavedEmotionProfile;
import dev.botstore.facades.support.Checks;
import dev.botstore.facades.expression.KeyLocks;
import dev.botstore.facades.support.RetriedTransactions;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.JsonColumns;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Optional;

/**
 * The original's PsychologicalFacade (user id first, then group id, as there). By decision a save
 * keeps the fields it does not carry; the original reset them to their defaults.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
public class PsychologicalFacade implements Psychological {

    @EJB
    private Databases databases;

    @EJB
    private EmotionProfileUpserts upserts;

    @Resource
    private TransactionSynchronizationRegistry registry;

    @Override
    public Optional<EmotionProfile> emotionProfile(String userId, String groupId) {
        return databases.entityManager()
                .createQuery("SELECT e FROM EmotionProfile e WHERE e.userId = :user AND e.groupId = :group",
                        dev.botstore.persistence.psychological.EmotionProfile.class)
                .setParameter("user", userId).setParameter("group", groupId)
                .setMaxResults(1).getResultStream().findFirst().map(PsychologicalFacade::profile);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SavedEmotionProfile saveEmotionProfile(String userId, String groupId, EmotionProfileChanges changes) {
        Checks.id("user_id", userId, 255);
        Checks.id("group_id", groupId, 255);
        Checks.finite("empathy_level", changes.empathyLevel());
        Checks.finite("emotional_stability", changes.emotionalStability());
        double now = TimeInput.epochSeconds(Instant.now());
        return KeyLocks.withKey("emotion_profiles\u0000" + userId + "\u0000" + groupId,
                () -> RetriedTransactions.run(registry, () -> upserts.save(userId, groupId, changes, now)));
    }

    static EmotionProfile profile(dev.botstore.persistence.psychological.EmotionProfile row) {
        return new EmotionProfile(row.getUserId(), row.getGroupId(), orEmpty(row.getDominantEmotions()),
                orEmpty(row.getEmotionPatterns()), row.getEmpathyLevel(), row.getEmotionalStability(),
                row.getLastUpdated());
    }

    /** The original reads an empty column as {}. */
    private static JsonValue orEmpty(String text) {
        return text == null || text.isEmpty() ? Json.createObjectBuilder().build() : JsonColumns.read(text);
    }
}
