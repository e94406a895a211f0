package dev.botstore.facades.psychological;

import dev.botstore.api.psychological.EmotionProfileChanges;
import dev.botstore.api.psychological.SavedEmotionProfile;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.expression.NaturalKeyLock;
import dev.botstore.persistence.psychological.EmotionProfile;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One transaction per save of an emotion profile. {@code (user_id, group_id)} is unique, and the
 * key is locked first ({@link NaturalKeyLock}) so that concurrent first saves wait for each other
 * instead of one failing on the constraint; the fields a save does not carry keep their values.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class EmotionProfileUpserts {

    @EJB
    private Databases databases;

    public SavedEmotionProfile save(String userId, String groupId, EmotionProfileChanges changes, double now) {
        EntityManager em = databases.entityManager();
        List<Integer> ids = NaturalKeyLock.lockAndFind(em, "emotion_profiles", List.of("user_id", "group_id"),
                List.of(userId, groupId));
        EmotionProfile row;
        if (ids.isEmpty()) {
            row = new EmotionProfile();
            row.setUserId(userId);
            row.setGroupId(groupId);
            row.setDominantEmotions("{}");
            row.setEmotionPatterns("{}");
            row.setEmpathyLevel(0.5);
            row.setEmotionalStability(0.5);
            row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        } else {
            row = em.find(EmotionProfile.class, ids.get(0));
        }
        if (changes.dominantEmotions() != null) {
            row.setDominantEmotions(changes.dominantEmotions());
        }
        if (changes.emotionPatterns() != null) {
            row.setEmotionPatterns(changes.emotionPatterns());
        }
        if (changes.empathyLevel() != null) {
            row.setEmpathyLevel(changes.empathyLevel());
        }
        if (changes.emotionalStability() != null) {
            row.setEmotionalStability(changes.emotionalStability());
        }
        row.setLastUpdated(now);
        if (ids.isEmpty()) {
            em.persist(row);
        }
        em.flush();
        return new SavedEmotionProfile(PsychologicalFacade.profile(row), ids.isEmpty());
    }
}
