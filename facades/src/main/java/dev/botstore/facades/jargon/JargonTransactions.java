package dev.botstore.facades.jargon;

import dev.botstore.api.error.ConflictException;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.jargon.JargonData;
import dev.botstore.api.jargon.JargonEntry;
import dev.botstore.api.jargon.JargonFilter;
import dev.botstore.api.jargon.JargonGroup;
import dev.botstore.api.jargon.JargonStatistics;
import dev.botstore.api.jargon.JargonWrite;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.JsonColumns;
import dev.botstore.persistence.jargon.Jargon;
import dev.botstore.persistence.jargon.JargonStore;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One container-managed transaction per jargon operation; {@link JargonFacade} validates and retries. */
@Stateless
@LocalBean
public class JargonTransactions {

    @EJB
    private Databases databases;

    public Optional<JargonEntry> find(String chatId, String content) {
        return store().find(chatId, content).map(JargonTransactions::entry);
    }

    public Optional<JargonEntry> byId(int id) {
        return store().byId(id).map(JargonTransactions::entry);
    }

    public JargonWrite insert(JargonData d) {
        JargonStore store = store();
        long now = now();
        boolean created = store.insertIfAbsent(d.chatId(), d.content(),
                d.has(JargonData.RAW_CONTENT) ? d.rawContent() : "[]", d.meaning(), d.isJargon(),
                d.count() == null ? 1 : d.count(), d.lastInferenceCount() == null ? 0 : d.lastInferenceCount(),
                Boolean.TRUE.equals(d.isComplete()), Boolean.TRUE.equals(d.isGlobal()),
                seconds(d.createdAt(), now), seconds(d.updatedAt(), now));
        return new JargonWrite(reread(store, d.chatId(), d.content()), created);
    }

    /**
     * The manual edit: exactly the sent fields. chat_id and created_at never change; when sent (the
     * jargon miner sends back the whole entry it read) they are ignored, as the original ignores them.
     */
    public JargonEntry update(int id, JargonData d) {
        JargonStore store = store();
        Jargon row = store.toEdit(id).orElseThrow(() -> new NotFoundException("no jargon entry " + id));
        boolean newContent = d.has(JargonData.CONTENT) && !d.content().equals(row.getContent());
        if (newContent && store.find(row.getChatId(), d.content()).isPresent()) {
            throw taken(row.getChatId(), d.content());
        }
        if (newContent) {
            row.setContent(d.content());
        }
        if (d.has(JargonData.RAW_CONTENT)) {
            row.setRawContent(JargonStore.truncate(d.rawContent()));
        }
        if (d.has(JargonData.MEANING)) {
            row.setMeaning(d.meaning());
        }
        if (d.has(JargonData.IS_JARGON)) {
            row.setIsJargon(d.isJargon());
        }
        if (d.has(JargonData.COUNT)) {
            row.setCount(d.count().intValue());
        }
        if (d.has(JargonData.LAST_INFERENCE_COUNT)) {
            row.setLastInferenceCount(d.lastInferenceCount().intValue());
        }
        if (d.has(JargonData.IS_COMPLETE)) {
            row.setIsComplete(d.isComplete());
        }
        if (d.has(JargonData.IS_GLOBAL)) {
            row.setIsGlobal(d.isGlobal());
        }
        row.setUpdatedAt(seconds(d.updatedAt(), now()));
        try {
            store.flush();
        } catch (PersistenceException e) {
            if (newContent) { // another writer took the content between our check and this write
                throw taken(row.getChatId(), d.content());
            }
            throw e;
        }
        return entry(row);
    }

    public JargonEntry saveOrUpdate(String chatId, String content, JargonData data) {
        JargonStore store = store();
        store.upsert(chatId, content, data, now());
        return reread(store, chatId, content);
    }

    public JargonStatistics statistics(String groupId) {
        Object[] row = store().statistics(groupId);
        long total = JargonStore.number(row[0]);
        double average = row[4] == null ? 0.0 : Math.round(((Number) row[4]).doubleValue() * 10) / 10.0;
        long groups = groupId == null ? JargonStore.number(row[5]) : (total > 0 ? 1 : 0);
        return new JargonStatistics(total, JargonStore.number(row[1]), JargonStore.number(row[2]),
                JargonStore.number(row[3]), average, groups);
    }

    public List<JargonEntry> recent(JargonFilter filter, int limit, int offset) {
        return dedupe(store().recent(filter, limit, offset));
    }

    /**
     * Rows of one chat, as the original counts them; over all chats, the entries the list shows:
     * one per content key, empty contents left out.
     */
    public long count(JargonFilter filter) {
        if (filter.chatId() != null) {
            return store().count(filter);
        }
        return store().contents(filter).stream().map(JargonTransactions::contentKey)
                .filter(key -> !key.isEmpty()).distinct().count();
    }

    public List<JargonEntry> search(String keyword, JargonFilter filter, int limit) {
        return dedupe(store().search(keyword, filter, limit));
    }

    public boolean delete(int id) {
        return store().delete(id);
    }

    public JargonEntry setGlobal(int id, boolean global) {
        JargonStore store = store();
        if (!store.setGlobal(id, global, now())) {
            throw new NotFoundException("no jargon entry " + id);
        }
        return store.byId(id).map(JargonTransactions::entry).orElseThrow();
    }

    public int syncGlobalToGroup(String chatId) {
        return store().copyGlobalInto(chatId, now());
    }

    public List<JargonEntry> globalList(int limit) {
        return store().global(limit).stream().map(JargonTransactions::entry).toList();
    }

    public List<JargonGroup> groups() {
        return store().groups().stream()
                .map(row -> JargonGroup.of((String) row[0], JargonStore.number(row[1]))).toList();
    }

    /** The original's cross-group de-duplication: the first row of each trimmed, case-folded content. */
    private static List<JargonEntry> dedupe(List<Jargon> rows) {
        Map<String, JargonEntry> kept = new LinkedHashMap<>();
        for (Jargon row : rows) {
            String key = contentKey(row.getContent());
            if (!key.isEmpty()) {
                kept.putIfAbsent(key, entry(row).withDefaults());
            }
        }
        return List.copyOf(kept.values());
    }

    /** The original's de-duplication key: the content trimmed and case-folded. */
    private static String contentKey(String content) {
        return content == null ? "" : content.strip().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static ConflictException taken(String chatId, String content) {
        return new ConflictException("chat '" + chatId + "' already has a jargon entry '" + content + "'");
    }

    // The upsert holds the row's lock until commit, so this reads what it wrote. Only MySQL's
    // 255-character key prefix can make it miss: a longer content sharing that prefix with another.
    private static JargonEntry reread(JargonStore store, String chatId, String content) {
        return store.find(chatId, content).map(JargonTransactions::entry).orElseThrow(() -> new ConflictException(
                "chat '" + chatId + "' has another entry whose content starts with the same 255 characters"));
    }

    static JargonEntry entry(Jargon row) {
        return new JargonEntry(row.getId(), row.getContent(), JsonColumns.read(row.getRawContent()), row.getMeaning(),
                row.getIsJargon(), row.getCount(), row.getLastInferenceCount(), row.getIsComplete(),
                row.getIsGlobal(), row.getChatId(), row.getCreatedAt(), row.getUpdatedAt());
    }

    private JargonStore store() {
        return new JargonStore(databases.entityManager());
    }

    /** A given time in whole epoch seconds (the unit of jargon's columns), or now. */
    private static long seconds(Instant given, long now) {
        return given == null || given.getEpochSecond() == 0 ? now : given.getEpochSecond();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
