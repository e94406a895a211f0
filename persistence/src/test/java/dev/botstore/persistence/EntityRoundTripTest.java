package dev.botstore.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.admin.SchemaReport;
import dev.botstore.persistence.affection.AffectionInteraction;
import dev.botstore.persistence.affection.BotMood;
import dev.botstore.persistence.affection.UserAffection;
import dev.botstore.persistence.affection.UserConversationHistory;
import dev.botstore.persistence.affection.UserDiversity;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.expression.Exemplar;
import dev.botstore.persistence.expression.ShadowProfile;
import dev.botstore.persistence.message.ConversationGoal;
import dev.botstore.persistence.persona.PersonaAttributeWeight;
import dev.botstore.persistence.persona.PersonaBackup;
import dev.botstore.persistence.persona.PersonaDiversityScore;
import dev.botstore.persistence.persona.PersonaEvolutionSnapshot;
import dev.botstore.persistence.psychological.CompositePsychologicalState;
import dev.botstore.persistence.psychological.EmotionProfile;
import dev.botstore.persistence.psychological.PsychologicalStateComponent;
import dev.botstore.persistence.psychological.PsychologicalStateHistory;
import dev.botstore.persistence.reinforcement.LearningPerformanceHistory;
import dev.botstore.persistence.reinforcement.PersonaFusionHistory;
import dev.botstore.persistence.reinforcement.ReinforcementLearningResult;
import dev.botstore.persistence.reinforcement.StrategyOptimizationResult;
import dev.botstore.persistence.schema.MySqlType;
import dev.botstore.persistence.schema.SchemaSync;
import dev.botstore.persistence.social.SocialNetworkEdge;
import dev.botstore.persistence.social.SocialNetworkNode;
import dev.botstore.persistence.social.SocialRelation;
import dev.botstore.persistence.social.SocialRelationAnalysisResult;
import dev.botstore.persistence.social.SocialRelationHistory;
import dev.botstore.persistence.social.UserPreferences;
import dev.botstore.persistence.social.UserProfile;
import dev.botstore.persistence.social.UserSocialProfile;
import dev.botstore.persistence.social.UserSocialRelationComponent;
import dev.botstore.persistence.support.TestDatabase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One row per entity, written through JPA and read back after the persistence context is cleared:
 * every column keeps its value, non-ASCII text and fractional epoch seconds included, on each backend.
 * Values are derived from each field's mapping so that a column added to an entity is covered too.
 */
class EntityRoundTripTest {

    static final List<Class<?>> ENTITIES = List.of(
            AffectionInteraction.class, BotMood.class, UserAffection.class, UserConversationHistory.class,
            UserDiversity.class, Exemplar.class, ShadowProfile.class, ConversationGoal.class,
            PersonaAttributeWeight.class, PersonaBackup.class, PersonaDiversityScore.class,
            PersonaEvolutionSnapshot.class, CompositePsychologicalState.class, EmotionProfile.class,
            PsychologicalStateComponent.class, PsychologicalStateHistory.class, LearningPerformanceHistory.class,
            PersonaFusionHistory.class, ReinforcementLearningResult.class, StrategyOptimizationResult.class,
            SocialNetworkEdge.class, SocialNetworkNode.class, SocialRelation.class,
            SocialRelationAnalysisResult.class, SocialRelationHistory.class, UserPreferences.class,
            UserProfile.class, UserSocialProfile.class, UserSocialRelationComponent.class);

    private static final String TEXT = "群聊里的黑话「草」😂 — naïve café";
    private static final String JSON = "{\"目标\": \"打招呼\", \"stages\": [1, 2.5], \"ok\": true}";
    /** Epoch seconds with a fraction, as {@code time.time()} writes them. */
    private static final double EPOCH_SECONDS = 1716800000.123456;
    /** Exact in single precision, for the columns that stay MySQL FLOAT. */
    private static final double SINGLE_PRECISION = 0.75;
    private static final long EPOCH_LONG = 1716800000123L;
    private static final LocalDateTime DATE_TIME = LocalDateTime.of(2024, 5, 27, 10, 11, 12);

    @ParameterizedTest
    @EnumSource(DbType.class)
    void everyEntityReadsBackWhatWasWritten(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            sync(db);
            Map<Class<?>, Object> written = new LinkedHashMap<>();
            EntityManager em = db.emf().createEntityManager();
            try {
                em.getTransaction().begin();
                for (Class<?> entity : ENTITIES) {
                    filled(entity, written, em);
                }
                em.getTransaction().commit();
            } finally {
                em.close();
            }

            EntityManager reader = db.emf().createEntityManager();
            try {
                for (Object original : written.values()) {
                    Object read = reader.find(original.getClass(), id(original));
                    assertNotNull(read, () -> original.getClass().getSimpleName() + " was not found");
                    assertSameColumns(original, read);
                }
                assertChildListed(reader.find(UserSocialProfile.class, id(written.get(UserSocialProfile.class)))
                        .getRelationComponents(), written.get(UserSocialRelationComponent.class));
                assertChildListed(reader.find(CompositePsychologicalState.class,
                        id(written.get(CompositePsychologicalState.class))).getComponents(),
                        written.get(PsychologicalStateComponent.class));
                assertChildListed(reader.find(UserAffection.class, id(written.get(UserAffection.class)))
                        .getInteractions(), written.get(AffectionInteraction.class));
            } finally {
                reader.close();
            }
        }
    }

    static void sync(TestDatabase db) throws Exception {
        try (Connection c = db.connection()) {
            SchemaReport report = SchemaSync.run((AbstractSession) JpaHelper.getServerSession(db.emf()), c,
                    db.name(), null);
            assertTrue(report.warnings().isEmpty(), () -> "warnings: " + report.warnings());
        }
    }

    /** A persisted instance of {@code entity} with every column set; parents are persisted first. */
    private static Object filled(Class<?> entity, Map<Class<?>, Object> written, EntityManager em) throws Exception {
        Object existing = written.get(entity);
        if (existing != null) {
            return existing;
        }
        Object row = entity.getDeclaredConstructor().newInstance();
        for (Field field : entity.getDeclaredFields()) {
            field.setAccessible(true);
            if (field.isAnnotationPresent(GeneratedValue.class) || Collection.class.isAssignableFrom(field.getType())
                    || java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            if (field.getType().isAnnotationPresent(Entity.class)) {
                field.set(row, filled(field.getType(), written, em));
            } else {
                field.set(row, sample(field));
            }
        }
        em.persist(row);
        em.flush();
        written.put(entity, row);
        return row;
    }

    private static Object sample(Field field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            if (field.isAnnotationPresent(Convert.class)) {
                return JSON;
            }
            Column column = field.getAnnotation(Column.class);
            boolean text = column.columnDefinition().startsWith("TEXT");
            String value = field.isAnnotationPresent(Id.class) ? "qq-" + TEXT : TEXT;
            int limit = text ? Integer.MAX_VALUE : column.length();
            return value.length() > limit ? value.substring(0, limit) : value;
        }
        if (type == Double.class) {
            MySqlType mysql = field.getAnnotation(MySqlType.class);
            return mysql != null && mysql.value().startsWith("DOUBLE") ? EPOCH_SECONDS : SINGLE_PRECISION;
        }
        if (type == Long.class) {
            return EPOCH_LONG;
        }
        if (type == Integer.class) {
            return 42;
        }
        if (type == Boolean.class) {
            return Boolean.FALSE;
        }
        if (type == LocalDateTime.class) {
            return DATE_TIME;
        }
        throw new IllegalArgumentException("no sample value for " + field);
    }

    private static void assertSameColumns(Object original, Object read) throws Exception {
        for (Field field : original.getClass().getDeclaredFields()) {
            if (Collection.class.isAssignableFrom(field.getType())
                    || java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object expected = field.get(original);
            Object actual = field.get(read);
            if (field.getType().isAnnotationPresent(Entity.class)) {
                expected = id(expected);
                actual = id(actual);
            }
            assertEquals(expected, actual, original.getClass().getSimpleName() + "." + field.getName());
        }
    }

    private static void assertChildListed(List<?> children, Object child) throws Exception {
        assertEquals(1, children.size());
        assertEquals(id(child), id(children.get(0)));
    }

    private static Object id(Object entity) throws Exception {
        for (Field field : entity.getClass().getDeclaredFields()) {
            if (field.isAnnotationPresent(Id.class)) {
                field.setAccessible(true);
                return field.get(entity);
            }
        }
        throw new IllegalArgumentException("no @Id on " + entity.getClass());
    }
}
