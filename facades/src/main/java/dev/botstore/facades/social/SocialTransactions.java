package dev.botstore.facades.social;

import dev.botstore.api.TimeInput;
import dev.botstore.api.social.GroupRelation;
import dev.botstore.api.social.PreferencesInput;
import dev.botstore.api.social.ProfileInput;
import dev.botstore.api.social.RelationComponent;
import dev.botstore.api.social.RelationInput;
import dev.botstore.api.social.RelationWrite;
import dev.botstore.api.social.Social;
import dev.botstore.api.social.UserPreferencesData;
import dev.botstore.api.social.UserProfileData;
import dev.botstore.api.social.UserRelations;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.Checks;
import dev.botstore.facades.support.JsonColumns;
import dev.botstore.persistence.social.SocialStore;
import dev.botstore.persistence.social.UserPreferences;
import dev.botstore.persistence.social.UserProfile;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One container-managed transaction per social operation; {@link SocialFacade} validates and retries. */
@Stateless
@LocalBean
public class SocialTransactions {

    private static final String LIST = "[]";
    private static final String OBJECT = "{}";

    @EJB
    private Databases databases;

    public Optional<UserProfileData> profile(String qqId) {
        return store().profile(qqId).map(SocialTransactions::profile);
    }

    /** A new profile gets the original's defaults; an existing one changes in the sent fields (and last_active). */
    public UserProfileData saveProfile(String qqId, ProfileInput in) {
        Instant now = Instant.now();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ProfileInput.QQ_NAME, in.has(ProfileInput.QQ_NAME) ? in.qqName() : "");
        values.put(ProfileInput.NICKNAMES, in.has(ProfileInput.NICKNAMES) ? in.nicknames() : LIST);
        values.put(ProfileInput.ACTIVITY_PATTERN, in.has(ProfileInput.ACTIVITY_PATTERN) ? in.activityPattern() : OBJECT);
        values.put(ProfileInput.COMMUNICATION_STYLE,
                in.has(ProfileInput.COMMUNICATION_STYLE) ? in.communicationStyle() : OBJECT);
        values.put(ProfileInput.TOPIC_PREFERENCES,
                in.has(ProfileInput.TOPIC_PREFERENCES) ? in.topicPreferences() : OBJECT);
        values.put(ProfileInput.EMOTIONAL_TENDENCY,
                in.has(ProfileInput.EMOTIONAL_TENDENCY) ? in.emotionalTendency() : OBJECT);
        Instant lastActive = in.has(ProfileInput.LAST_ACTIVE) ? in.lastActive() : now;
        values.put(ProfileInput.LAST_ACTIVE, lastActive == null ? null : TimeInput.epochSeconds(lastActive));
        List<String> changed = new ArrayList<>(values.keySet());
        changed.removeIf(column -> !in.has(column) && !column.equals(ProfileInput.LAST_ACTIVE));
        SocialStore store = store();
        store.upsertProfile(qqId, values, changed, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        return store.profile(qqId).map(SocialTransactions::profile).orElseThrow();
    }

    public Optional<UserPreferencesData> preferences(String userId, String groupId) {
        return store().preferences(userId, groupId).map(SocialTransactions::preferences);
    }

    public UserPreferencesData savePreferences(String userId, String groupId, PreferencesInput in) {
        Instant now = Instant.now();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(PreferencesInput.FAVORITE_TOPICS,
                in.has(PreferencesInput.FAVORITE_TOPICS) ? in.favoriteTopics() : LIST);
        values.put(PreferencesInput.INTERACTION_STYLE,
                in.has(PreferencesInput.INTERACTION_STYLE) ? in.interactionStyle() : OBJECT);
        values.put(PreferencesInput.LEARNING_PREFERENCES,
                in.has(PreferencesInput.LEARNING_PREFERENCES) ? in.learningPreferences() : OBJECT);
        values.put(PreferencesInput.ADAPTIVE_RATE, in.has(PreferencesInput.ADAPTIVE_RATE) ? in.adaptiveRate() : 0.5);
        values.put("updated_at", TimeInput.epochSeconds(now));
        List<String> changed = new ArrayList<>(values.keySet());
        changed.removeIf(column -> !in.has(column) || column.equals("updated_at"));
        SocialStore store = store();
        store.upsertPreferences(userId, groupId, values, changed, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        return store.preferences(userId, groupId).map(SocialTransactions::preferences).orElseThrow();
    }

    public List<GroupRelation> relationsOfGroup(String groupId, int limit, int offset) {
        return store().relations(groupId, limit, offset).stream()
                .map(SocialTransactions::component)
                .map(c -> new GroupRelation(c.fromUserId(), c.toUserId(), c.relationType(), c.value(), c.frequency(),
                        c.lastInteraction(), c.description()))
                .toList();
    }

    /**
     * The first save of (from, to, type) creates the relation; a later one records it as sent: the
     * original's analyzers keep a running relation and save its totals after each interaction, so
     * frequency and strength replace the stored ones, and the later interaction is kept. The
     * profile of the from-user is recounted.
     */
    public RelationWrite saveRelation(String groupId, RelationInput in) {
        long now = Instant.now().getEpochSecond();
        String type = in.relationType() == null ? "interaction" : in.relationType();
        double strength = in.strength() == null ? 0.5 : in.strength();
        long frequency = in.frequency() == null ? 1 : in.frequency();
        long last = in.lastInteraction() == null ? now : in.lastInteraction().getEpochSecond();
        SocialStore store = store();
        int profile = store.lockSocialProfile(in.fromUser(), groupId, now);
        Optional<RelationComponent> existing = store.relation(groupId, in.fromUser(), in.toUser(), type)
                .map(SocialTransactions::component);
        if (existing.isEmpty()) {
            store.insertRelation(profile, groupId, in.fromUser(), in.toUser(), type, strength, frequency, last,
                    in.relationName() == null ? "" : in.relationName(), now);
        } else {
            RelationComponent old = existing.get();
            Number later = old.lastInteraction().doubleValue() > last ? old.lastInteraction() : last;
            store.updateRelation(old.id(), strength, frequency, later,
                    in.relationName() == null ? old.description() : in.relationName());
        }
        store.recount(profile, Social.SIGNIFICANT_STRENGTH, now);
        RelationComponent saved = store.relation(groupId, in.fromUser(), in.toUser(), type)
                .map(SocialTransactions::component).orElseThrow();
        return new RelationWrite(saved, existing.isEmpty());
    }

    public UserRelations relationsOfUser(String groupId, String userId) {
        return new UserRelations(userId, groupId,
                store().relationsOf(groupId, userId).stream().map(SocialTransactions::component).toList());
    }

    private static RelationComponent component(Object[] row) {
        return new RelationComponent(integer(row[0]), integer(row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], row[6] == null ? 0 : ((Number) row[6]).doubleValue(),
                integer(row[7]), epoch(row[8]), (String) row[9], JsonColumns.read((String) row[10]), epoch(row[11]));
    }

    private static UserProfileData profile(UserProfile row) {
        return new UserProfileData(row.getQqId(), row.getQqName(), json(row.getNicknames(), LIST),
                json(row.getActivityPattern(), OBJECT), json(row.getCommunicationStyle(), OBJECT),
                json(row.getTopicPreferences(), OBJECT), json(row.getEmotionalTendency(), OBJECT),
                row.getLastActive());
    }

    private static UserPreferencesData preferences(UserPreferences row) {
        return new UserPreferencesData(row.getUserId(), row.getGroupId(), json(row.getFavoriteTopics(), LIST),
                json(row.getInteractionStyle(), OBJECT), json(row.getLearningPreferences(), OBJECT),
                row.getAdaptiveRate(), row.getUpdatedAt());
    }

    /** The original reads an unset or empty JSON column as its empty default. */
    private static JsonValue json(String text, String empty) {
        return JsonColumns.read(text == null || text.isEmpty() ? empty : text);
    }

    private static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /**
     * Epoch seconds as stored. The columns are BIGINT, but SQLite keeps the float the original
     * writes into them ({@code 1796619280.7865748}); that fraction is read back, not cut off.
     */
    private static Number epoch(Object value) {
        if (value == null) {
            return 0L;
        }
        double number = ((Number) value).doubleValue();
        return number == Math.rint(number) ? (Number) ((Number) value).longValue() : (Number) number;
    }

    private SocialStore store() {
        return new SocialStore(databases.entityManager());
    }
}
