package dev.botstore.facades.message;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.Paging;
import dev.botstore.api.message.FilteredMessageInput;
import dev.botstore.api.message.GroupMessageStatistics;
import dev.botstore.api.message.LearningMessage;
import dev.botstore.api.message.MarkedMessages;
import dev.botstore.api.message.MemoryInput;
import dev.botstore.api.message.MessageFields;
import dev.botstore.api.message.MessageStatistics;
import dev.botstore.api.message.Messages;
import dev.botstore.api.message.RawMessageInput;
import dev.botstore.api.message.ReplayMessage;
import dev.botstore.api.message.SenderStatistics;
import dev.botstore.api.message.SocialAnalysisGroup;
import dev.botstore.api.message.StoredBotMessage;
import dev.botstore.api.message.StoredFilteredMessage;
import dev.botstore.api.message.StoredMemory;
import dev.botstore.api.message.StoredRawMessage;
import dev.botstore.api.message.TimerangeMessage;
import dev.botstore.api.message.UnprocessedMessage;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.JsonColumns;
import dev.botstore.api.error.TransientConflictException;
import dev.botstore.facades.support.TransientConflicts;
import dev.botstore.facades.telemetry.OperatorMetrics;
import dev.botstore.persistence.message.BotMessage;
import dev.botstore.persistence.message.FilteredMessage;
import dev.botstore.persistence.message.Memory;
import dev.botstore.persistence.message.MessageReads;
import dev.botstore.persistence.message.RawMessage;
import dev.botstore.persistence.support.Truncation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The message facade: one container-managed transaction per call (a whole batch is one); raw
 * messages are written by {@link MessageTransactions}, run again after a transient conflict. Input
 * is checked before anything is written. Listings order by their time column and then by id, newest
 * or oldest first as the original does, so equal timestamps page deterministically.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
public class MessageFacade implements Messages {

    @EJB
    private Databases databases;

    @EJB
    private MessageTransactions transactions;

    @Inject
    private OperatorMetrics metrics;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Retry(retryOn = TransientConflictException.class, maxRetries = TransientConflicts.MAX_RETRIES,
            delay = TransientConflicts.DELAY_MILLIS, jitter = TransientConflicts.JITTER_MILLIS)
    public int saveRawMessage(RawMessageInput message) {
        if (message == null) {
            throw new InvalidInputException("body", "a message is required");
        }
        message.check("");
        int id = transactions.saveRawMessages(List.of(message)).get(0);
        metrics.messagesIngested(1);
        return id;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Retry(retryOn = TransientConflictException.class, maxRetries = TransientConflicts.MAX_RETRIES,
            delay = TransientConflicts.DELAY_MILLIS, jitter = TransientConflicts.JITTER_MILLIS)
    public List<Integer> saveRawMessages(List<RawMessageInput> messages) {
        if (messages == null || messages.isEmpty()) {
            throw new InvalidInputException("messages", "messages must hold at least one message");
        }
        if (messages.size() > MAX_BATCH) {
            throw new InvalidInputException("messages", "a batch holds at most " + MAX_BATCH + " messages; this one has "
                    + messages.size() + ". Nothing was stored");
        }
        for (int i = 0; i < messages.size(); i++) {
            String prefix = "messages[" + i + "].";
            if (messages.get(i) == null) {
                throw new InvalidInputException("messages[" + i + "]", "messages[" + i + "] is missing; nothing was stored");
            }
            try {
                messages.get(i).check(prefix);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field(), e.getMessage() + " (message " + (i + 1)
                        + " of the batch; nothing was stored)");
            }
        }
        List<Integer> ids = transactions.saveRawMessages(messages);
        metrics.messagesIngested(ids.size());
        return ids;
    }

    @Override
    public Optional<StoredRawMessage> getRawMessage(int id) {
        return Optional.ofNullable(em().find(RawMessage.class, id)).map(MessageFacade::stored);
    }

    @Override
    public List<StoredRawMessage> getRecentRawMessages(String groupId, int limit, int offset) {
        return page(recentQuery(groupId), limit, offset).stream()
                .map(MessageFacade::stored).toList();
    }

    @Override
    public List<UnprocessedMessage> getUnprocessedMessages(String groupId, int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return reads().unprocessed(groupId, limit, offset).stream()
                .map(r -> new UnprocessedMessage(r.getId(), r.getSenderId(), r.getSenderName(), r.getSenderQq(),
                        r.getMessage(), r.getGroupId(), r.getPlatform(), r.getTimestamp()))
                .toList();
    }

    @Override
    public MarkedMessages markMessagesProcessed(List<Integer> messageIds) {
        if (messageIds == null) {
            throw new InvalidInputException("message_ids", "message_ids is required (a list of raw message ids)");
        }
        if (messageIds.size() > MAX_MARK) {
            throw new InvalidInputException("message_ids", "at most " + MAX_MARK + " ids a call; this one has "
                    + messageIds.size());
        }
        for (int i = 0; i < messageIds.size(); i++) {
            if (messageIds.get(i) == null) {
                throw new InvalidInputException("message_ids[" + i + "]", "message_ids[" + i + "] is null");
            }
        }
        Set<Integer> ids = new LinkedHashSet<>(messageIds);
        if (ids.isEmpty()) {
            return new MarkedMessages(0, List.of());
        }
        EntityManager em = em();
        Set<Integer> existing = new LinkedHashSet<>();
        List<Integer> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            List<Integer> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            existing.addAll(em.createQuery("SELECT r.id FROM RawMessage r WHERE r.id IN :ids", Integer.class)
                    .setParameter("ids", chunk).getResultList());
            em.createQuery("UPDATE RawMessage r SET r.processed = true WHERE r.id IN :ids")
                    .setParameter("ids", chunk).executeUpdate();
        }
        List<Integer> missing = all.stream().filter(id -> !existing.contains(id)).toList();
        return new MarkedMessages(existing.size(), missing);
    }

    @Override
    public List<TimerangeMessage> getMessagesByGroupAndTimerange(String groupId, long startTime, long endTime,
                                                                 int limit, int offset) {
        MessageFields.required("group_id", groupId);
        if (endTime < startTime) {
            throw new InvalidInputException("end_time", "end_time (" + endTime + ") is before start_time ("
                    + startTime + ")");
        }
        TypedQuery<RawMessage> query = em().createQuery("SELECT r FROM RawMessage r WHERE r.groupId = :group"
                        + " AND r.timestamp >= :start AND r.timestamp <= :end ORDER BY r.timestamp ASC, r.id ASC",
                        RawMessage.class)
                .setParameter("group", groupId).setParameter("start", startTime).setParameter("end", endTime);
        return page(query, limit, offset).stream()
                .map(r -> new TimerangeMessage(r.getId(), r.getSenderId(), r.getSenderName(), r.getMessage(),
                        r.getGroupId(), r.getTimestamp()))
                .toList();
    }

    @Override
    public List<ReplayMessage> getMessagesForReplay(String groupId, int days, long now, int limit, int offset) {
        MessageFields.required("group_id", groupId);
        if (days < 1) {
            throw new InvalidInputException("days", "days is " + days + "; it must be 1 or more");
        }
        TypedQuery<RawMessage> query = em().createQuery("SELECT r FROM RawMessage r WHERE r.groupId = :group"
                        + " AND r.timestamp > :since AND r.processed = true ORDER BY r.timestamp DESC, r.id DESC",
                        RawMessage.class)
                .setParameter("group", groupId).setParameter("since", now - days * 86_400L);
        return page(query, limit, offset).stream()
                .map(r -> new ReplayMessage(r.getId(), r.getMessage(), r.getSenderId(), r.getGroupId(),
                        r.getTimestamp()))
                .toList();
    }

    @Override
    public int addFilteredMessage(FilteredMessageInput message) {
        if (message == null) {
            throw new InvalidInputException("body", "a filtered message is required");
        }
        message.check();
        long now = now();
        FilteredMessage row = new FilteredMessage();
        row.setRawMessageId(message.rawMessageId());
        row.setMessage(message.message());
        row.setSenderId(orEmpty(message.senderId()));
        row.setGroupId(orEmpty(message.groupId()));
        row.setTimestamp(message.timestamp() == null ? now : message.timestamp());
        row.setConfidence(message.confidence());
        row.setQualityScores(message.qualityScores());
        row.setFilterReason(message.filterReason());
        row.setCreatedAt(now);
        row.setProcessed(false);
        return persist(row, row::getId);
    }

    @Override
    public Optional<StoredFilteredMessage> getFilteredMessage(int id) {
        return Optional.ofNullable(em().find(FilteredMessage.class, id)).map(MessageFacade::stored);
    }

    @Override
    public List<StoredFilteredMessage> getRecentFilteredMessages(String groupId, int limit, int offset) {
        boolean grouped = groupId != null && !groupId.isEmpty();
        TypedQuery<FilteredMessage> query = em().createQuery("SELECT f FROM FilteredMessage f"
                + (grouped ? " WHERE f.groupId = :group" : "") + " ORDER BY f.timestamp DESC, f.id DESC",
                FilteredMessage.class);
        if (grouped) {
            query.setParameter("group", groupId);
        }
        return page(query, limit, offset).stream().map(MessageFacade::stored).toList();
    }

    @Override
    public List<LearningMessage> getFilteredMessagesForLearning(int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return reads().filteredForLearning(limit, offset).stream()
                .map(f -> new LearningMessage(f.getId(), f.getMessage(), f.getSenderId(), f.getGroupId(),
                        f.getTimestamp(), f.getConfidence()))
                .toList();
    }

    @Override
    public int saveBotMessage(String groupId, String message, Long timestamp) {
        MessageFields.fits("group_id", MessageFields.required("group_id", groupId), 255);
        MessageFields.required("message", message);
        MessageFields.notNegative("timestamp", timestamp);
        long now = now();
        BotMessage row = new BotMessage();
        row.setGroupId(groupId);
        row.setMessage(Truncation.forDatabase(message));
        row.setTimestamp(timestamp == null || timestamp == 0 ? now : timestamp);
        row.setCreatedAt(now);
        return persist(row, row::getId);
    }

    @Override
    public Optional<StoredBotMessage> getBotMessage(int id) {
        return Optional.ofNullable(em().find(BotMessage.class, id))
                .map(b -> new StoredBotMessage(b.getId(), b.getGroupId(), b.getMessage(), b.getTimestamp(),
                        b.getCreatedAt()));
    }

    @Override
    public List<String> getRecentBotResponses(String groupId, int limit, int offset) {
        MessageFields.required("group_id", groupId);
        TypedQuery<String> query = em().createQuery("SELECT b.message FROM BotMessage b WHERE b.groupId = :group"
                + " ORDER BY b.timestamp DESC, b.id DESC", String.class).setParameter("group", groupId);
        return page(query, limit, offset);
    }

    @Override
    public int saveManualMemory(MemoryInput memory) {
        if (memory == null) {
            throw new InvalidInputException("body", "a memory is required");
        }
        memory.check();
        long now = now();
        Memory row = new Memory();
        row.setGroupId(memory.groupId());
        row.setUserId(memory.userId());
        row.setContent(memory.content());
        row.setMemoryType(memory.memoryType() == null ? MemoryInput.DEFAULT_TYPE : memory.memoryType());
        row.setImportance(memory.importance() == null ? MemoryInput.DEFAULT_IMPORTANCE : memory.importance());
        row.setCreatedAt(now);
        row.setLastAccessed(now);
        row.setAccessCount(0);
        return persist(row, row::getId);
    }

    @Override
    public Optional<StoredMemory> getMemory(int id) {
        return Optional.ofNullable(em().find(Memory.class, id))
                .map(m -> new StoredMemory(m.getId(), m.getGroupId(), m.getUserId(), m.getContent(),
                        m.getImportance(), m.getMemoryType(), m.getCreatedAt(), m.getLastAccessed(),
                        m.getAccessCount()));
    }

    @Override
    public MessageStatistics getMessagesStatistics() {
        long[] totals = reads().totals();
        return new MessageStatistics(totals[0], totals[0], totals[1], totals[2]);
    }

    @Override
    public GroupMessageStatistics getGroupMessagesStatistics(String groupId) {
        MessageFields.required("group_id", groupId);
        long[] counts = reads().groupCounts(groupId);
        return new GroupMessageStatistics(counts[0], counts[1], counts[2], counts[0], groupId);
    }

    @Override
    public Map<String, SenderStatistics> getGroupUserStatistics(String groupId, int limit) {
        MessageFields.required("group_id", groupId);
        Paging.limit(limit, MAX_PAGE);
        return reads().senders(groupId, limit);
    }

    @Override
    public List<SocialAnalysisGroup> getGroupsForSocialAnalysis(int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return reads().groups(limit, offset);
    }

    /** The raw messages [of a group], newest first: along the group's time index. */
    private TypedQuery<RawMessage> recentQuery(String groupId) {
        boolean grouped = groupId != null && !groupId.isEmpty();
        TypedQuery<RawMessage> query = em().createQuery("SELECT r FROM RawMessage r"
                + (grouped ? " WHERE r.groupId = :group" : "") + " ORDER BY r.timestamp DESC, r.id DESC",
                RawMessage.class);
        return grouped ? query.setParameter("group", groupId) : query;
    }

    private static <T> List<T> page(TypedQuery<T> query, int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private int persist(Object row, java.util.function.Supplier<Integer> id) {
        EntityManager em = em();
        em.persist(row);
        em.flush();
        return id.get();
    }

    private static StoredRawMessage stored(RawMessage r) {
        return new StoredRawMessage(r.getId(), r.getSenderId(), r.getSenderName(), r.getSenderQq(), r.getMessage(),
                r.getGroupId(), r.getTimestamp(), r.getPlatform(), r.getMessageId(), r.getReplyTo(), r.getCreatedAt(),
                Boolean.TRUE.equals(r.getProcessed()));
    }

    private static StoredFilteredMessage stored(FilteredMessage f) {
        return new StoredFilteredMessage(f.getId(), f.getRawMessageId(), f.getMessage(), f.getSenderId(),
                f.getGroupId(), f.getTimestamp(), f.getConfidence(), JsonColumns.read(f.getQualityScores()),
                f.getFilterReason(), f.getCreatedAt(), Boolean.TRUE.equals(f.getProcessed()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private MessageReads reads() {
        return new MessageReads(em());
    }

    private EntityManager em() {
        return databases.entityManager();
    }
}
