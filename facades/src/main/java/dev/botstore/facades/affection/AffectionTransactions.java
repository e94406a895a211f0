package dev.botstore.facades.affection;

import dev.botstore.api.TimeInput;
import dev.botstore.api.affection.Affection;
import dev.botstore.api.affection.AffectionTotal;
import dev.botstore.api.affection.BotMoodState;
import dev.botstore.api.affection.MoodInput;
import dev.botstore.api.affection.UserAffectionLevel;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.affection.AffectionStore;
import dev.botstore.persistence.affection.BotMood;
import dev.botstore.persistence.affection.UserAffection;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** One container-managed transaction per affection operation; {@link AffectionFacade} validates and retries. */
@Stateless
@LocalBean
public class AffectionTransactions {

    @EJB
    private Databases databases;

    public Optional<UserAffectionLevel> get(String groupId, String userId) {
        return store().find(groupId, userId).map(AffectionTransactions::level);
    }

    public UserAffectionLevel update(String groupId, String userId, long newLevel) {
        AffectionStore store = store();
        store.setLevel(groupId, userId, newLevel, Affection.DEFAULT_MAX_AFFECTION, Instant.now().getEpochSecond());
        return store.find(groupId, userId).map(AffectionTransactions::level).orElseThrow();
    }

    public List<UserAffectionLevel> all(String groupId, int limit, int offset) {
        return store().all(groupId, limit, offset).stream().map(AffectionTransactions::level).toList();
    }

    public AffectionTotal total(String groupId) {
        long[] total = store().total(groupId);
        return new AffectionTotal(groupId, total[0], total[1]);
    }

    /** The new mood has no end unless {@code expires}: then it ends {@code duration_hours} after its start. */
    public BotMoodState saveMood(String groupId, MoodInput input, boolean expires) {
        Instant now = Instant.now();
        double start = TimeInput.epochSeconds(input.startTime() == null ? now : input.startTime());
        BotMood mood = store().saveMood(groupId, input.moodType(), input.moodIntensity(), input.moodDescription(),
                start, expires ? start + input.durationHours() * 3600 : null, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        return mood(mood);
    }

    public Optional<BotMoodState> currentMood(String groupId, Instant at) {
        return store().moodAt(groupId, TimeInput.epochSeconds(at)).map(AffectionTransactions::mood);
    }

    private static UserAffectionLevel level(UserAffection row) {
        return new UserAffectionLevel(row.getGroupId(), row.getUserId(), row.getAffectionLevel(),
                row.getMaxAffection(), row.getCreatedAt(), row.getUpdatedAt());
    }

    private static BotMoodState mood(BotMood row) {
        return new BotMoodState(row.getGroupId(), row.getMoodType(), row.getMoodIntensity(), row.getMoodDescription(),
                row.getStartTime(), row.getEndTime());
    }

    private AffectionStore store() {
        return new AffectionStore(databases.entityManager());
    }
}
