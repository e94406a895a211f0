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
import dev.botstore.persistence.learning.LearningStore;
import dev.botstore.persistence.learning.PersonaChangeSnapshot;
import dev.botstore.persistence.reinforcement.LearningPerformanceHistory;
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

    private final LearningStore store;
    private final LearningSessionStore sessions;

    LearningRuns(LearningStore store, LearningSessionStore sessions) {
        this.store = store;
        this.sessions = sessions;
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
        return view(store.insert(row));
    }

    Optional<ChangeSnapshot> snapshot(int id) {
        return store.find(PersonaChangeSnapshot.class, id).map(LearningRuns::view);
    }

    Optional<ChangeSnapshot> latestSnapshot(String reviewSource, String reviewId) {
        return store.latestSnapshot(LearningJson.required("review_source", reviewSource),
                LearningJson.required("review_id", reviewId)).map(LearningRuns::view);
    }

    List<LearningBatchView> batches(String groupId, int limit, int offset) {
        return store.batches(groupId, limit, offset).stream().map(LearningRuns::view).toList();
    }

    List<LearningSessionView> sessions(String groupId, Instant startedAfter, int limit, int offset) {
        return store.sessions(groupId, startedAfter == null ? null : LearningJson.seconds(startedAfter), limit, offset)
                .stream().map(LearningRuns::view).toList();
    }

    Optional<LearningSessionView> session(String sessionId) {
        return store.session(sessionId).map(LearningRuns::view);
    }

    LearningSessionView saveSession(String sessionId, SessionInput input) {
        LearningJson.required("session_id", sessionId);
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("message_count", input.messageCount());
        update.put("end_time", input.endTime() == null ? null : LearningJson.seconds(input.endTime()));
        update.put("learning_quality", input.learningQuality());
        update.put("status", input.status());
        if (input.groupId() == null) { // an update of a session that exists; only a new one needs its group
            if (!sessions.update(sessionId, update)) {
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
        sessions.upsert(sessionId, insert, update);
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
        return view(store.insert(row));
    }

    Optional<PerformanceRecord> performance(int id) {
        return store.find(LearningPerformanceHistory.class, id).map(LearningRuns::view);
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
