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
import dev.botstore.facades.support.RetriedTransactions;
import dev.botstore.facades.telemetry.OperatorMetrics;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The message facade: one container-managed transaction per call (a whole batch is one), in which
 * {@link MessageTransactions} reads and writes; raw messages are written in a transaction of their
 * own, run again after a transient conflict. Input is checked before anything is read or written.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
public class MessageFacade implements Messages {

    @EJB
    private MessageTransactions transactions;

    @Inject
    private RetriedTransactions retried;

    @Inject
    private OperatorMetrics metrics;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int saveRawMessage(RawMessageInput message) {
        if (message == null) {
            throw new InvalidInputException("body", "a message is required");
        }
        message.check("");
        int id = retried.run(() -> transactions.saveRawMessages(List.of(message))).get(0);
        metrics.messagesIngested(1);
        return id;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
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
        List<Integer> ids = retried.run(() -> transactions.saveRawMessages(messages));
        metrics.messagesIngested(ids.size());
        return ids;
    }

    @Override
    public Optional<StoredRawMessage> getRawMessage(int id) {
        return transactions.rawMessage(id);
    }

    @Override
    public List<StoredRawMessage> getRecentRawMessages(String groupId, int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return transactions.recentRawMessages(groupId, limit, offset);
    }

    @Override
    public List<UnprocessedMessage> getUnprocessedMessages(String groupId, int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return transactions.unprocessedMessages(groupId, limit, offset);
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
        return transactions.markProcessed(List.copyOf(ids));
    }

    @Override
    public List<TimerangeMessage> getMessagesByGroupAndTimerange(String groupId, long startTime, long endTime,
                                                                 int limit, int offset) {
        MessageFields.required("group_id", groupId);
        if (endTime < startTime) {
            throw new InvalidInputException("end_time", "end_time (" + endTime + ") is before start_time ("
                    + startTime + ")");
        }
        Paging.check(limit, offset, MAX_PAGE);
        return transactions.timerange(groupId, startTime, endTime, limit, offset);
    }

    @Override
    public List<ReplayMessage> getMessagesForReplay(String groupId, int days, long now, int limit, int offset) {
        MessageFields.required("group_id", groupId);
        if (days < 1) {
            throw new InvalidInputException("days", "days is " + days + "; it must be 1 or more");
        }
        Paging.check(limit, offset, MAX_PAGE);
        return transactions.replay(groupId, now - days * 86_400L, limit, offset);
    }

    @Override
    public int addFilteredMessage(FilteredMessageInput message) {
        if (message == null) {
            throw new InvalidInputException("body", "a filtered message is required");
        }
        message.check();
        return transactions.saveFilteredMessage(message);
    }

    @Override
    public Optional<StoredFilteredMessage> getFilteredMessage(int id) {
        return transactions.filteredMessage(id);
    }

    @Override
    public List<StoredFilteredMessage> getRecentFilteredMessages(String groupId, int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return transactions.recentFilteredMessages(groupId, limit, offset);
    }

    @Override
    public List<LearningMessage> getFilteredMessagesForLearning(int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return transactions.filteredForLearning(limit, offset);
    }

    @Override
    public int saveBotMessage(String groupId, String message, Long timestamp) {
        MessageFields.fits("group_id", MessageFields.required("group_id", groupId), 255);
        MessageFields.required("message", message);
        MessageFields.notNegative("timestamp", timestamp);
        return transactions.saveBotMessage(groupId, message, timestamp);
    }

    @Override
    public Optional<StoredBotMessage> getBotMessage(int id) {
        return transactions.botMessage(id);
    }

    @Override
    public List<String> getRecentBotResponses(String groupId, int limit, int offset) {
        MessageFields.required("group_id", groupId);
        Paging.check(limit, offset, MAX_PAGE);
        return transactions.recentBotResponses(groupId, limit, offset);
    }

    @Override
    public int saveManualMemory(MemoryInput memory) {
        if (memory == null) {
            throw new InvalidInputException("body", "a memory is required");
        }
        memory.check();
        return transactions.saveMemory(memory);
    }

    @Override
    public Optional<StoredMemory> getMemory(int id) {
        return transactions.memory(id);
    }

    @Override
    public MessageStatistics getMessagesStatistics() {
        return transactions.statistics();
    }

    @Override
    public GroupMessageStatistics getGroupMessagesStatistics(String groupId) {
        MessageFields.required("group_id", groupId);
        return transactions.groupStatistics(groupId);
    }

    @Override
    public Map<String, SenderStatistics> getGroupUserStatistics(String groupId, int limit) {
        MessageFields.required("group_id", groupId);
        Paging.limit(limit, MAX_PAGE);
        return transactions.senders(groupId, limit);
    }

    @Override
    public List<SocialAnalysisGroup> getGroupsForSocialAnalysis(int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return transactions.groupsForSocialAnalysis(limit, offset);
    }
}
