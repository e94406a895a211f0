package dev.botstore.persistence.message;

import dev.botstore.persistence.support.EntityRows;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The message tables' listings and writes that are plain JPQL, for the caller's transaction (the
 * learning pipeline's hot reads are {@link MessageReads}', the raw message insert
 * {@link RawMessageInserts}'). Listings order by their time column and then by id, newest or
 * oldest first as the original does, so equal timestamps page deterministically.
 */
public final class MessageStore extends EntityRows {

    /** Ids a statement of {@link #markProcessed} names at most. */
    private static final int CHUNK = 1000;

    public MessageStore(EntityManager em) {
        super(em);
    }

    /** The raw messages [of a group], newest first: along the group's time index. */
    public List<RawMessage> recentRaw(String groupId, int limit, int offset) {
        boolean grouped = groupId != null && !groupId.isEmpty();
        TypedQuery<RawMessage> query = em.createQuery("SELECT r FROM RawMessage r"
                + (grouped ? " WHERE r.groupId = :group" : "") + " ORDER BY r.timestamp DESC, r.id DESC",
                RawMessage.class);
        return page(grouped ? query.setParameter("group", groupId) : query, limit, offset);
    }

    /** Marks the raw messages {@code ids} processed; the ids of those that exist. */
    public Set<Integer> markProcessed(List<Integer> ids) {
        Set<Integer> existing = new LinkedHashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            existing.addAll(em.createQuery("SELECT r.id FROM RawMessage r WHERE r.id IN :ids", Integer.class)
                    .setParameter("ids", chunk).getResultList());
            em.createQuery("UPDATE RawMessage r SET r.processed = true WHERE r.id IN :ids")
                    .setParameter("ids", chunk).executeUpdate();
        }
        return existing;
    }

    /** A group's raw messages from {@code startTime} to {@code endTime} (both included), oldest first. */
    public List<RawMessage> timerange(String groupId, long startTime, long endTime, int limit, int offset) {
        TypedQuery<RawMessage> query = em.createQuery("SELECT r FROM RawMessage r WHERE r.groupId = :group"
                        + " AND r.timestamp >= :start AND r.timestamp <= :end ORDER BY r.timestamp ASC, r.id ASC",
                        RawMessage.class)
                .setParameter("group", groupId).setParameter("start", startTime).setParameter("end", endTime);
        return page(query, limit, offset);
    }

    /** The filtered messages [of a group], newest first. */
    public List<FilteredMessage> recentFiltered(String groupId, int limit, int offset) {
        boolean grouped = groupId != null && !groupId.isEmpty();
        TypedQuery<FilteredMessage> query = em.createQuery("SELECT f FROM FilteredMessage f"
                + (grouped ? " WHERE f.groupId = :group" : "") + " ORDER BY f.timestamp DESC, f.id DESC",
                FilteredMessage.class);
        if (grouped) {
            query.setParameter("group", groupId);
        }
        return page(query, limit, offset);
    }

    /** The text of a group's bot messages, newest first. */
    public List<String> recentBotResponses(String groupId, int limit, int offset) {
        TypedQuery<String> query = em.createQuery("SELECT b.message FROM BotMessage b WHERE b.groupId = :group"
                + " ORDER BY b.timestamp DESC, b.id DESC", String.class).setParameter("group", groupId);
        return page(query, limit, offset);
    }

    private static <T> List<T> page(TypedQuery<T> query, int limit, int offset) {
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
