package dev.botstore.api.message;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chat messages the bot learns from (the original's MessageFacade): raw messages as they come
 * in, the filtered ones worth learning from, the bot's own replies, manual memories, and counts.
 * Times are epoch seconds, as the original stores them. A group filter that is null or empty means
 * every group, except where a method says the group is required.
 */
public interface Messages {

    /** The most messages {@link #saveRawMessages} stores in one call. */
    int MAX_BATCH = 1000;

    /** The largest page of a listing. */
    int MAX_PAGE = 1000;

    /** The most ids {@link #markMessagesProcessed} takes in one call. */
    int MAX_MARK = 10_000;

    /** Stores one raw message, unprocessed; returns its id. */
    int saveRawMessage(RawMessageInput message);

    /**
     * Stores up to {@link #MAX_BATCH} raw messages in one transaction: all of them or, when one is
     * invalid, none (the error names {@code messages[i].<field>}). Returns their ids in input order.
     */
    List<Integer> saveRawMessages(List<RawMessageInput> messages);

    Optional<StoredRawMessage> getRawMessage(int id);

    /** Newest first. */
    List<StoredRawMessage> getRecentRawMessages(String groupId, int limit, int offset);

    /** Not yet processed, oldest first. */
    List<UnprocessedMessage> getUnprocessedMessages(String groupId, int limit, int offset);

    MarkedMessages markMessagesProcessed(List<Integer> messageIds);

    /** Messages of one group with {@code start <= timestamp <= end}, oldest first. */
    List<TimerangeMessage> getMessagesByGroupAndTimerange(String groupId, long startTime, long endTime, int limit,
                                                          int offset);

    /** Processed messages of one group newer than {@code now - days}, newest first. */
    List<ReplayMessage> getMessagesForReplay(String groupId, int days, long now, int limit, int offset);

    int addFilteredMessage(FilteredMessageInput message);

    Optional<StoredFilteredMessage> getFilteredMessage(int id);

    /** Newest first. */
    List<StoredFilteredMessage> getRecentFilteredMessages(String groupId, int limit, int offset);

    /** Filtered messages not yet learned from, every group, oldest first. */
    List<LearningMessage> getFilteredMessagesForLearning(int limit, int offset);

    /** Stores a reply of the bot; {@code timestamp} null or 0 is now. The text is cut to 60,000 UTF-8 bytes. */
    int saveBotMessage(String groupId, String message, Long timestamp);

    Optional<StoredBotMessage> getBotMessage(int id);

    /** The texts of the group's latest bot replies, newest first. */
    List<String> getRecentBotResponses(String groupId, int limit, int offset);

    int saveManualMemory(MemoryInput memory);

    Optional<StoredMemory> getMemory(int id);

    MessageStatistics getMessagesStatistics();

    GroupMessageStatistics getGroupMessagesStatistics(String groupId);

    /** Senders of a group by message count, most first; keyed by sender id. */
    Map<String, SenderStatistics> getGroupUserStatistics(String groupId, int limit);

    /** Groups by raw message count, most first. */
    List<SocialAnalysisGroup> getGroupsForSocialAnalysis(int limit, int offset);
}
