package dev.botstore.facades.affection;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.affection.Affection;
import dev.botstore.api.affection.AffectionTotal;
import dev.botstore.api.affection.BotMoodState;
import dev.botstore.api.affection.MoodInput;
import dev.botstore.api.affection.UserAffectionLevel;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.facades.config.Settings;
import dev.botstore.api.input.Paging;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.support.Checks;
import dev.botstore.facades.support.RetriedTransactions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The original's AffectionFacade, with one bug fixed: a level is clamped to [0, max] when the row
 * is created as well as on update. A mood lasts until the next one, as in the original, whose
 * affection manager relies on it; with {@code mood_expires_after_duration=true} it also ends after
 * its {@code duration_hours}.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AffectionFacade implements Affection {

    /** Ten years: a longer mood is a mistake rather than a mood. */
    static final double MAX_DURATION_HOURS = 24 * 3653;

    @EJB
    private AffectionTransactions transactions;

    @Inject
    private RetriedTransactions retried;

    @Override
    public Optional<UserAffectionLevel> get(String groupId, String userId) {
        ids(groupId, userId);
        return retrying(() -> transactions.get(groupId, userId));
    }

    @Override
    public UserAffectionLevel update(String groupId, String userId, long newLevel) {
        ids(groupId, userId);
        if (newLevel < Integer.MIN_VALUE || newLevel > Integer.MAX_VALUE) {
            throw new InvalidInputException("new_level", "new_level is out of range: " + newLevel);
        }
        return retrying(() -> transactions.update(groupId, userId, newLevel));
    }

    @Override
    public List<UserAffectionLevel> all(String groupId, int limit, int offset) {
        Checks.id("group_id", groupId);
        Paging.check(limit, offset, MAX_PAGE);
        return retrying(() -> transactions.all(groupId, limit, offset));
    }

    @Override
    public AffectionTotal total(String groupId) {
        Checks.id("group_id", groupId);
        return retrying(() -> transactions.total(groupId));
    }

    @Override
    public BotMoodState saveMood(String groupId, MoodInput mood) {
        Checks.id("group_id", groupId);
        Checks.id("mood_type", mood.moodType(), 100);
        Checks.finite("mood_intensity", mood.moodIntensity());
        Checks.finite("duration_hours", mood.durationHours());
        if (mood.durationHours() <= 0 || mood.durationHours() > MAX_DURATION_HOURS) {
            throw new InvalidInputException("duration_hours", "duration_hours is " + mood.durationHours()
                    + "; it must be more than 0 and at most " + MAX_DURATION_HOURS);
        }
        boolean expires = Boolean.parseBoolean(Settings.get("mood_expires_after_duration", "false").strip());
        return retrying(() -> transactions.saveMood(groupId, mood, expires));
    }

    @Override
    public Optional<BotMoodState> currentMood(String groupId, Instant at) {
        Checks.id("group_id", groupId);
        Instant when = at == null ? Instant.now() : at;
        return retrying(() -> transactions.currentMood(groupId, when));
    }

    private static void ids(String groupId, String userId) {
        Checks.id("group_id", groupId);
        Checks.id("user_id", userId);
    }

    private <T> T retrying(Supplier<T> work) {
        return retried.run(work);
    }
}
