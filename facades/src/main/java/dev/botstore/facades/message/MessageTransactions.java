package dev.botstore.facades.message;

import dev.botstore.api.message.FilteredMessageInput;
import dev.botstore.api.message.GroupMessageStatistics;
import dev.botstore.api.message.LearningMessage;
import dev.botstore.api.message.MarkedMessages;
import dev.botstore.api.message.MemoryInput;
import dev.botstore.api.message.MessageStatistics;
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
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.JsonColumns;
import dev.botstore.persistence.message.BotMessage;
import dev.botstore.persistence.message.FilteredMessage;
import dev.botstore.persistence.message.Memory;
import dev.botstore.persistence.message.MessageReads;
import dev.botstore.persistence.message.MessageStore;
import dev.botstore.persistence.message.RawMessage;
import dev.botstore.persistence.message.RawMessageInserts;
import dev.botstore.persistence.support.Truncation;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One container-managed transaction per message write, so that {@link MessageFacade} can validate
 * first and run a write again after a transient conflict: a batch is stored whole or not at all.
 * Reads open no transaction of their own and join the caller's, if any. Input arrives checked.
 */
@Stateless
@LocalBean
public class MessageTransactions {

    @EJB
    private Databases databases;

    /** Stores validated raw messages; their ids in input order. */
    public List<Integer> saveRawMessages(List<RawMessageInput> messages) {
        return new RawMessageInserts(databases.entityManager()).insert(messages, Instant.now().getEpochSecond());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StoredRawMessage> rawMessage(int id) {
        return store().find(RawMessage.class, id).map(MessageTransactions::stored);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StoredRawMessage> recentRawMessages(String groupId, int limit, int offset) {
        return store().recentRaw(groupId, limit, offset).stream().map(MessageTransactions::stored).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UnprocessedMessage> unprocessedMessages(String groupId, int limit, int offset) {
        return reads().unprocessed(groupId, limit, offset).stream()
                .map(r -> new UnprocessedMessage(r.getId(), r.getSenderId(), r.getSenderName(), r.getSenderQq(),
                        r.getMessage(), r.getGroupId(), r.getPlatform(), r.getTimestamp()))
                .toList();
    }

    /** Marks the distinct {@code ids} processed and tells which of them there were not. */
    public MarkedMessages markProcessed(List<Integer> ids) {
        Set<Integer> existing = store().markProcessed(ids);
        List<Integer> missing = ids.stream().filter(id -> !existing.contains(id)).toList();
        return new MarkedMessages(existing.size(), missing);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TimerangeMessage> timerange(String groupId, long startTime, long endTime, int limit, int offset) {
        return store().timerange(groupId, startTime, endTime, limit, offset).stream()
                .map(r -> new TimerangeMessage(r.getId(), r.getSenderId(), r.getSenderName(), r.getMessage(),
                        r.getGroupId(), r.getTimestamp()))
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ReplayMessage> replay(String groupId, long since, int limit, int offset) {
        return reads().forReplay(groupId, since, limit, offset).stream()
                .map(r -> new ReplayMessage(r.getId(), r.getMessage(), r.getSenderId(), r.getGroupId(),
                        r.getTimestamp()))
                .toList();
    }

    public int saveFilteredMessage(FilteredMessageInput message) {
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
        return store().insert(row).getId();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StoredFilteredMessage> filteredMessage(int id) {
        return store().find(FilteredMessage.class, id).map(MessageTransactions::stored);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StoredFilteredMessage> recentFilteredMessages(String groupId, int limit, int offset) {
        return store().recentFiltered(groupId, limit, offset).stream().map(MessageTransactions::stored).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LearningMessage> filteredForLearning(int limit, int offset) {
        return reads().filteredForLearning(limit, offset).stream()
                .map(f -> new LearningMessage(f.getId(), f.getMessage(), f.getSenderId(), f.getGroupId(),
                        f.getTimestamp(), f.getConfidence()))
                .toList();
    }

    /** A {@code timestamp} of null or 0 means now. */
    public int saveBotMessage(String groupId, String message, Long timestamp) {
        long now = now();
        BotMessage row = new BotMessage();
        row.setGroupId(groupId);
        row.setMessage(Truncation.forDatabase(message));
        row.setTimestamp(timestamp == null || timestamp == 0 ? now : timestamp);
        row.setCreatedAt(now);
        return store().insert(row).getId();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StoredBotMessage> botMessage(int id) {
        return store().find(BotMessage.class, id)
                .map(b -> new StoredBotMessage(b.getId(), b.getGroupId(), b.getMessage(), b.getTimestamp(),
                        b.getCreatedAt()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> recentBotResponses(String groupId, int limit, int offset) {
        return store().recentBotResponses(groupId, limit, offset);
    }

    public int saveMemory(MemoryInput memory) {
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
        return store().insert(row).getId();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StoredMemory> memory(int id) {
        return store().find(Memory.class, id)
                .map(m -> new StoredMemory(m.getId(), m.getGroupId(), m.getUserId(), m.getContent(),
                        m.getImportance(), m.getMemoryType(), m.getCreatedAt(), m.getLastAccessed(),
                        m.getAccessCount()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MessageStatistics statistics() {
        long[] totals = reads().totals();
        return new MessageStatistics(totals[0], totals[0], totals[1], totals[2]);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public GroupMessageStatistics groupStatistics(String groupId) {
        long[] counts = reads().groupCounts(groupId);
        return new GroupMessageStatistics(counts[0], counts[1], counts[2], counts[0], groupId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, SenderStatistics> senders(String groupId, int limit) {
        return reads().senders(groupId, limit);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SocialAnalysisGroup> groupsForSocialAnalysis(int limit, int offset) {
        return reads().groups(limit, offset);
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

    private MessageStore store() {
        return new MessageStore(databases.entityManager());
    }

    private MessageReads reads() {
        return new MessageReads(databases.entityManager());
    }
}
