package dev.botstore.facades.expression;

import dev.botstore.api.expression.LanguageStyleChanges;
import dev.botstore.api.expression.LanguageStylePattern;
import dev.botstore.api.expression.Saved;
import dev.botstore.api.expression.StyleProfile;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.expression.NaturalKeyLock;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * One transaction per upsert of a style profile or a language style, keyed by a name the original
 * never made unique. The key is locked first ({@link NaturalKeyLock}), so concurrent saves of one
 * name leave one row; where an adopted database already holds several, the oldest is the one read
 * and written. {@link ExpressionFacade} validates before and retries around these.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class StyleUpserts {

    @EJB
    private Databases databases;

    public Saved<StyleProfile> saveStyleProfile(String name, Map<String, Double> metrics) {
        EntityManager em = databases.entityManager();
        List<Integer> ids = NaturalKeyLock.lockAndFind(em, "style_profiles", List.of("profile_name"), List.of(name));
        dev.botstore.persistence.expression.StyleProfile row;
        if (ids.isEmpty()) {
            row = new dev.botstore.persistence.expression.StyleProfile();
            row.setProfileName(name);
            row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        } else {
            row = em.find(dev.botstore.persistence.expression.StyleProfile.class, ids.get(0));
        }
        metrics.forEach((metric, value) -> StyleRows.setMetric(row, metric, value));
        if (ids.isEmpty()) {
            em.persist(row);
        }
        em.flush();
        return new Saved<>(StyleRows.profile(row), ids.isEmpty());
    }

    public Saved<LanguageStylePattern> saveLanguageStyle(String style, LanguageStyleChanges changes, double now) {
        EntityManager em = databases.entityManager();
        List<Integer> ids = NaturalKeyLock.lockAndFind(em, "language_style_patterns", List.of("language_style"),
                List.of(style));
        dev.botstore.persistence.expression.LanguageStylePattern row;
        if (ids.isEmpty()) {
            row = new dev.botstore.persistence.expression.LanguageStylePattern();
            row.setLanguageStyle(style);
            row.setExamplePhrases("[]");
            row.setContextType("general");
            row.setUsageFrequency(0);
            row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        } else {
            row = em.find(dev.botstore.persistence.expression.LanguageStylePattern.class, ids.get(0));
        }
        if (changes.examplePhrases() != null) {
            row.setExamplePhrases(changes.examplePhrases());
        }
        if (changes.contextType() != null) {
            row.setContextType(changes.contextType());
        }
        if (changes.confidenceScore() != null) {
            row.setConfidenceScore(changes.confidenceScore());
        }
        row.setUsageFrequency((row.getUsageFrequency() == null ? 0 : row.getUsageFrequency()) + 1);
        row.setLastUpdated(now);
        if (ids.isEmpty()) {
            em.persist(row);
        }
        em.flush();
        return new Saved<>(StyleRows.languageStyle(row), ids.isEmpty());
    }
}
