package dev.botstore.facades.psychological;

import dev.botstore.api.TimeInput;
import dev.botstore.api.psychological.EmotionProfile;
import dev.botstore.api.psychological.EmotionProfileChanges;
import dev.botstore.api.psychological.Psychological;
import dev.botstore.api.psychological.SavedEmotionProfile;
import dev.botstore.api.security.Roles;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.expression.KeyLocks;
import dev.botstore.facades.support.Checks;
import dev.botstore.facades.support.RetriedTransactions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.util.Optional;

/**
 * The original's PsychologicalFacade (user id first, then group id, as there). By decision a save
 * keeps the fields it does not carry; the original reset them to their defaults. Validates here;
 * the work is {@link PsychologicalTransactions}'s, retried on a transient failure.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PsychologicalFacade implements Psychological {

    @EJB
    private PsychologicalTransactions transactions;

    @Inject
    private RetriedTransactions retried;

    @Override
    public Optional<EmotionProfile> emotionProfile(String userId, String groupId) {
        return retried.run(() -> transactions.find(userId, groupId));
    }

    @Override
    public SavedEmotionProfile saveEmotionProfile(String userId, String groupId, EmotionProfileChanges changes) {
        Checks.id("user_id", userId, 255);
        Checks.id("group_id", groupId, 255);
        Checks.finite("empathy_level", changes.empathyLevel());
        Checks.finite("emotional_stability", changes.emotionalStability());
        double now = TimeInput.epochSeconds(Instant.now());
        return KeyLocks.withKey("emotion_profiles\u0000" + userId + "\u0000" + groupId,
                () -> retried.run(() -> transactions.save(userId, groupId, changes, now)));
    }
}
