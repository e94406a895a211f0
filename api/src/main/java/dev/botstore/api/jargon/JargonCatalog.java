package dev.botstore.api.jargon;

import java.util.List;
import java.util.Optional;

/**
 * Jargon learned per chat ({@code jargon}, {@code jargon_usage_frequency}): the original's
 * JargonFacade. A row whose {@code is_complete} is true is locked: learning ({@link #saveOrUpdate})
 * can no longer change its meaning, contexts or verdict, only add to its count.
 */
public interface JargonCatalog {

    int MAX_PAGE = 500;

    Optional<JargonEntry> find(String chatId, String content);

    Optional<JargonEntry> byId(int id);

    /** A new row; where (chat_id, content) exists, that row, untouched ({@code created} false). */
    JargonWrite insert(JargonData data);

    /** The manual edit: changes exactly the sent fields, lock included; 404 when absent, 409 on a taken content. */
    JargonEntry update(int id, JargonData data);

    /** The learning upsert on (chat_id, content), atomic on every backend. */
    JargonEntry saveOrUpdate(String chatId, String content, JargonData data);

    JargonStatistics statistics(String groupId);

    /** Most recently updated first, then de-duplicated by content across groups. */
    List<JargonEntry> recent(JargonFilter filter, int limit, int offset);

    long count(JargonFilter filter);

    /** Case-insensitive substring search, highest count first, de-duplicated by content. */
    List<JargonEntry> search(String keyword, JargonFilter filter, int limit);

    /** Deletes the entry and its usage rows; false when there was none. */
    boolean delete(int id);

    JargonEntry setGlobal(int id, boolean global);

    /** Copies confirmed global jargon of other chats into {@code chatId}; returns how many rows it added. */
    int syncGlobalToGroup(String chatId);

    List<JargonEntry> globalList(int limit);

    List<JargonGroup> groups();
}
