package dev.botstore.facades.psychological;

import dev.botstore.api.psychological.EmotionProfileChanges;
import dev.botstore.api.psychological.SavedEmotionProfile;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.JsonColumns;
import dev.botstore.persistence.psychological.EmotionProfile;
import dev.botstore.persistence.psychological.EmotionProfileStore;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One container-managed transaction per emotion-profile operation; {@link PsychologicalFacade}
 * validates before and retries around these. A save locks its key first, so concurrent first saves
 * wait for each other; the fields a save does not carry keep their values.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class PsychologicalTransactions {

    @EJB
    private Databases databases;

    public Optional<dev.botstore.api.psychological.EmotionProfile> find(String userId, String groupId) {
        return store().find(userId, groupId).map(PsychologicalTransactions::profile);
    }

    public SavedEmotionProfile save(String userId, String groupId, EmotionProfileChanges changes, double now) {
        EmotionProfileStore store = store();
        Optional<EmotionProfile> found = store.lock(userId, groupId);
        EmotionProfile row = found.orElseGet(() -> {
            EmotionProfile created = new EmotionProfile();
            created.setUserId(userId);
            created.setGroupId(groupId);
            created.setDominantEmotions("{}");
            created.setEmotionPatterns("{}");
            created.setEmpathyLevel(0.5);
            created.setEmotionalStability(0.5);
            created.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
            return created;
        });
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
        return new SavedEmotionProfile(profile(store.save(row, found.isEmpty())), found.isEmpty());
    }

    private static dev.botstore.api.psychological.EmotionProfile profile(EmotionProfile row) {
        return new dev.botstore.api.psychological.EmotionProfile(row.getUserId(), row.getGroupId(),
                orEmpty(row.getDominantEmotions()), orEmpty(row.getEmotionPatterns()), row.getEmpathyLevel(),
                row.getEmotionalStability(), row.getLastUpdated());
    }

    /** The original reads an empty column as {}. */
    private static JsonValue orEmpty(String text) {
        return text == null || text.isEmpty() ? Json.createObjectBuilder().build() : JsonColumns.read(text);
    }

    private EmotionProfileStore store() {
        return new EmotionProfileStore(databases.entityManager());
    }
}
