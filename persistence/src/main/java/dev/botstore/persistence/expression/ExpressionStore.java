package dev.botstore.persistence.expression;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The queries of expression patterns, style profiles, style-learning records and language styles,
 * for the caller's transaction. Style profiles and language styles are keyed by a name the original
 * never made unique: {@link #lockStyleProfile} and {@link #lockLanguageStyle} lock the name first
 * ({@link NaturalKeyLock}) and hand back the oldest row that holds it.
 */
public final class ExpressionStore {

    private final EntityManager em;

    public ExpressionStore(EntityManager em) {
        this.em = em;
    }

    /** Every pattern in id order, one page. */
    public List<ExpressionPattern> allPatterns(int limit, int offset) {
        return em.createQuery("SELECT p FROM ExpressionPattern p ORDER BY p.id", ExpressionPattern.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** [patterns, distinct groups]. */
    public long[] statistics() {
        Object[] counts = em.createQuery("SELECT COUNT(p), COUNT(DISTINCT p.groupId) FROM ExpressionPattern p",
                Object[].class).getSingleResult();
        return new long[] {((Number) counts[0]).longValue(), ((Number) counts[1]).longValue()};
    }

    /**
     * The patterns of a persona, heaviest first (ties: newest first); {@code groupId} and
     * {@code since} (epoch seconds of last activity) filter when not null, a null {@code userId}
     * selects the patterns of no user.
     */
    public List<ExpressionPattern> patterns(String personaId, String groupId, String userId, Double since, int limit,
                                            int offset) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM ExpressionPattern p WHERE p.personaId = :persona");
        if (groupId != null) {
            jpql.append(" AND p.groupId = :group");
        }
        jpql.append(userId == null ? " AND p.userId IS NULL" : " AND p.userId = :user");
        if (since != null) {
            jpql.append(" AND p.lastActiveTime >= :since");
        }
        jpql.append(" ORDER BY p.weight DESC, p.id DESC");
        TypedQuery<ExpressionPattern> select = em.createQuery(jpql.toString(), ExpressionPattern.class)
                .setParameter("persona", personaId);
        if (groupId != null) {
            select.setParameter("group", groupId);
        }
        if (userId != null) {
            select.setParameter("user", userId);
        }
        if (since != null) {
            select.setParameter("since", since);
        }
        return select.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public Optional<ExpressionPattern> pattern(int id) {
        return Optional.ofNullable(em.find(ExpressionPattern.class, id));
    }

    public Optional<StyleLearningRecord> record(int id) {
        return Optional.ofNullable(em.find(StyleLearningRecord.class, id));
    }

    /** The oldest profile of the name. */
    public Optional<StyleProfile> styleProfile(String profileName) {
        return em.createQuery("SELECT s FROM StyleProfile s WHERE s.profileName = :name ORDER BY s.id",
                        StyleProfile.class)
                .setParameter("name", profileName).setMaxResults(1).getResultStream().findFirst();
    }

    /** The oldest language style of the name. */
    public Optional<LanguageStylePattern> languageStyle(String languageStyle) {
        return em.createQuery("SELECT l FROM LanguageStylePattern l WHERE l.languageStyle = :style ORDER BY l.id",
                        LanguageStylePattern.class)
                .setParameter("style", languageStyle).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Locks the profile name until the transaction ends and returns its oldest row, if any. Must be
     * the transaction's first statement (SQLite).
     */
    public Optional<StyleProfile> lockStyleProfile(String profileName) {
        return NaturalKeyLock.lockAndFind(em, "style_profiles", List.of("profile_name"), List.of(profileName))
                .stream().findFirst().map(id -> em.find(StyleProfile.class, id));
    }

    /** {@link #lockStyleProfile}, for a language style. */
    public Optional<LanguageStylePattern> lockLanguageStyle(String languageStyle) {
        return NaturalKeyLock.lockAndFind(em, "language_style_patterns", List.of("language_style"),
                List.of(languageStyle)).stream().findFirst().map(id -> em.find(LanguageStylePattern.class, id));
    }

    /** Writes the row now: a new one is inserted (and gets its id), a found one is updated. */
    public <T> T save(T row, boolean isNew) {
        if (isNew) {
            em.persist(row);
        }
        em.flush();
        return row;
    }
}
