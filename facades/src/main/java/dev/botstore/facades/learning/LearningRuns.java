package dev.botstore.facades.learning;

import static dev.botstore.facades.learning.LearningJson.orEmpty;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.learning.ChangeSnapshot;
import dev.botstore.api.learning.LearningBatchView;
import dev.botstore.api.learning.LearningSessionView;
import dev.botstore.api.learning.PerformanceInput;
import dev.botstore.api.learning.PerformanceRecord;
import dev.botstore.api.learning.SessionInput;
import dev.botstore.api.learning.SnapshotInput;
import dev.botstore.persistence.learning.LearningBatch;
import dev.botstore.persistence.learning.LearningSession;
import dev.botstore.persistence.learning.LearningSessionStore;
import dev.botstore.persistence.learning.PersonaChangeSnapshot;
import dev.botstore.persistence.reinforcement.LearningPerformanceHistory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persona change snapshots, learning batches, sessions and performance records. */
final class LearningRuns {

    private final EntityManager em;

    LearningRuns(EntityManager em) {
        this.em = em;
    }

    ChangeSnapshot saveSnapshot(SnapshotInput input) {
        PersonaChangeSnapshot row = new PersonaChangeSnapshot();
        row.setReviewId(LearningJson.required("review_id", input.reviewId()));
        row.setReviewSource(LearningJson.required("review_source", input.reviewSource()));
        row.setAppliedPersonaId(orEmpty(input.appliedPersonaId()));
        row.setAppliedAt(LearningJson.secondsOrNow(input.appliedAt()));
        row.setBeforeSystemPrompt(orEmpty(input.beforeSystemPrompt()));
        row.setAfterSystemPrompt(orEmpty(input.afterSystemPrompt()));
        row.setBeforeBeginDialogs(LearningJson.listToStore(input.beforeBeginDialogs()));
        row.setAfterBeginDialogs(LearningJson.listToStore(input.afterBeginDialogs()));
        row.setAffectedFields(LearningJson.listToStore(input.affectedFields()));
        em.persist(row);
        em.flush();
        return view(row);
    }

    Optional<ChangeSnapshot> snapshot(int id) {
        return Optional.ofNullable(em.find(PersonaChangeSnapshot.class, id)).map(LearningRuns::view);
    }

    Optional<ChangeSnapshot> latestSnapshot(String reviewSource, String reviewId) {
        return em.createQuery("SELECT s FROM PersonaChangeSnapshot s WHERE s.reviewSource = :source"
                        + " AND s.reviewId = :review ORDER BY s.appliedAt DESC, s.id DESC", PersonaChangeSnapshot.class)
                .setParameter("source", LearningJson.required("review_source", reviewSource))
                .setParameter("review", LearningJson.required("review_id", reviewId))
                .setMaxResults(1).getResultStream().findFirst().map(LearningRuns::view);
    }

    List<LearningBatchView> batches(String groupId, int limit, int offset) {
        TypedQuery<LearningBatch> query = em.createQuery("SELECT b FROM LearningBatch b"
                + (LearningJson.given(groupId) ? " WHERE b.groupId = :group" : "")
                + " ORDER BY b.startTime DESC, b.id DESC", LearningBatch.class);
        if (LearningJson.given(groupId)) {
            query.setParameter("group", groupId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultStream().map(LearningRuns::view).toList();
    }

    List<LearningSessionView> sessions(String groupId, Instant startedAfter, int limit, int offset) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM LearningSession s WHERE 1 = 1");
        if (LearningJson.given(groupId)) {
            jpql.append(" AND s.groupId = :group");
        }
        if (startedAfter != null) {
            jpql.append(" AND s.startTime > :after");
        }
        TypedQuery<LearningSession> query = em.createQuery(jpql + " ORDER BY s.startTime DESC, s.id DESC",
                LearningSession.class);
        if (LearningJson.given(groupId)) {
            query.setParameter("group", groupId);
        }
        if (startedAfter != null) {
            query.setParameter("after", LearningJson.seconds(startedAfter));
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultStream().map(LearningRuns::view).toList();
    }

    Optional<LearningSessionView> session(String sessionId) {
        return em.createQuery("SELECT s FROM LearningSession s WHERE s.sessionId = :id", LearningSession.class)
                .setParameter("id", sessionId).getResultStream().findFirst().map(LearningRuns::view);
    }

    LearningSessionView saveSession(String sessionId, SessionInput input) {
        LearningJson.required("session_id", sessionId);
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("message_count", input.messageCount());
        update.put("end_time", input.endTime() == null ? null : LearningJson.seconds(input.endTime()));
        update.put("learning_quality", input.learningQuality());
        update.put("status", input.status());
        if (input.groupId() == null) { // an update of a session that exists; only a new one needs its group
            if (!new LearningSessionStore(em).update(sessionId, update)) {
                throw new InvalidInputException("group_id", "group_id is required to create a session; there is no"
                        + " session '" + sessionId + "' yet");
            }
            return session(sessionId).orElseThrow(() -> new IllegalStateException("session " + sessionId + " vanished"));
        }
        Map<String, Object> insert = new LinkedHashMap<>(update);
        insert.put("group_id", LearningJson.required("group_id", input.groupId()));
        insert.put("batch_id", input.batchId());
        insert.put("start_time", LearningJson.secondsOrNow(input.startTime()));
        if (insert.get("message_count") == null) {
            insert.put("message_count", 0);
        }
        if (insert.get("status") == null) {
            insert.put("status", "active");
        }
        insert.put("created_at", Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
        new LearningSessionStore(em).upsert(sessionId, insert, update);
        return session(sessionId).orElseThrow(() -> new IllegalStateException("session " + sessionId + " vanished"));
    }

    PerformanceRecord savePerformance(PerformanceInput input) {
        LearningPerformanceHistory row = new LearningPerformanceHistory();
        row.setGroupId(LearningJson.required("group_id", input.groupId()));
        row.setSessionId(orEmpty(input.sessionId()));
        row.setTimestamp((long) LearningJson.secondsOrNow(input.timestamp()));
        row.setQualityScore(input.qualityScore());
        row.setLearningTime(input.learningTime());
        row.setSuccess(input.success() == null || input.success());
        row.setSuccessfulPattern(input.successfulPattern());
        row.setFailedPattern(input.failedPattern());
        row.setCreatedAt(Instant.now().getEpochSecond());
        em.persist(row);
        em.flush();
        return view(row);
    }

    Optional<PerformanceRecord> performance(int id) {
        return Optional.ofNullable(em.find(LearningPerformanceHistory.class, id)).map(LearningRuns::view);
    }

    private static ChangeSnapshot view(PersonaChangeSnapshot s) {
        return new ChangeSnapshot(s.getId(), s.getReviewId(), s.getReviewSource(), s.getAppliedPersonaId(),
                s.getAppliedAt(), orEmpty(s.getBeforeSystemPrompt()), orEmpty(s.getAfterSystemPrompt()),
                LearningJson.list(s.getBeforeBeginDialogs()), LearningJson.list(s.getAfterBeginDialogs()),
                LearningJson.list(s.getAffectedFields()));
    }

    static LearningBatchView view(LearningBatch b) {
        return new LearningBatchView(b.getId(), b.getBatchId(), b.getBatchName(), b.getGroupId(), b.getStartTime(),
                b.getEndTime(), b.getQualityScore(), b.getProcessedMessages(), b.getMessageCount(),
                b.getFilteredCount(), b.getSuccess(), b.getErrorMessage(), b.getStatus(), b.getCreatedAt());
    }

    private static LearningSessionView view(LearningSession s) {
        return new LearningSessionView(s.getId(), s.getSessionId(), s.getGroupId(), s.getBatchId(), s.getStartTime(),
                s.getEndTime(), s.getMessageCount(), s.getLearningQuality(), s.getStatus(), s.getCreatedAt());
    }

    private static PerformanceRecord view(LearningPerformanceHistory p) {
        return new PerformanceRecord(p.getId(), p.getGroupId(), p.getSessionId(), p.getTimestamp(),
                p.getQualityScore(), p.getLearningTime(), p.getSuccess(), p.getSuccessfulPattern(),
                p.getFailedPattern(), p.getCreatedAt());
    }
}
