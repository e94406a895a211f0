package dev.botstore.facades.jargon;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.Paging;
import dev.botstore.api.jargon.JargonCatalog;
import dev.botstore.api.jargon.JargonData;
import dev.botstore.api.jargon.JargonEntry;
import dev.botstore.api.jargon.JargonFilter;
import dev.botstore.api.jargon.JargonGroup;
import dev.botstore.api.jargon.JargonStatistics;
import dev.botstore.api.jargon.JargonWrite;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.support.Checks;
import dev.botstore.facades.support.RetriedTransactions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The original's JargonFacade. Input is checked here; each operation is one transaction in {@link
 * JargonTransactions}, retried on a transient conflict (MySQL deadlocks between concurrent upserts).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class JargonFacade implements JargonCatalog {

    @EJB
    private JargonTransactions transactions;

    @Inject
    private RetriedTransactions retried;

    @Override
    public Optional<JargonEntry> find(String chatId, String content) {
        Checks.id("chat_id", chatId);
        required("content", content);
        return retrying(() -> transactions.find(chatId, content));
    }

    @Override
    public Optional<JargonEntry> byId(int id) {
        return retrying(() -> transactions.byId(id));
    }

    @Override
    public JargonWrite insert(JargonData data) {
        Checks.id("chat_id", data.chatId());
        required("content", data.content());
        counters(data);
        return retrying(() -> transactions.insert(data));
    }

    @Override
    public JargonEntry update(int id, JargonData data) {
        if (data.has(JargonData.CONTENT)) {
            required("content", data.content());
        }
        counters(data);
        return retrying(() -> transactions.update(id, data));
    }

    @Override
    public JargonEntry saveOrUpdate(String chatId, String content, JargonData data) {
        Checks.id("chat_id", chatId);
        required("content", content);
        counters(data);
        return retrying(() -> transactions.saveOrUpdate(chatId, content, data));
    }

    @Override
    public JargonStatistics statistics(String groupId) {
        String group = groupId == null || groupId.isEmpty() ? null : Checks.length("group_id", groupId, 255);
        return retrying(() -> transactions.statistics(group));
    }

    @Override
    public List<JargonEntry> recent(JargonFilter filter, int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return retrying(() -> transactions.recent(filter, limit, offset));
    }

    @Override
    public long count(JargonFilter filter) {
        return retrying(() -> transactions.count(filter));
    }

    @Override
    public List<JargonEntry> search(String keyword, JargonFilter filter, int limit) {
        if (keyword == null || keyword.isEmpty()) {
            throw new InvalidInputException("keyword", "keyword is required");
        }
        Paging.check(limit, 0, MAX_PAGE);
        return retrying(() -> transactions.search(keyword, filter, limit));
    }

    @Override
    public boolean delete(int id) {
        return retrying(() -> transactions.delete(id));
    }

    @Override
    public JargonEntry setGlobal(int id, boolean global) {
        return retrying(() -> transactions.setGlobal(id, global));
    }

    @Override
    public int syncGlobalToGroup(String chatId) {
        Checks.id("chat_id", chatId);
        return retrying(() -> transactions.syncGlobalToGroup(chatId));
    }

    @Override
    public List<JargonEntry> globalList(int limit) {
        Paging.check(limit, 0, MAX_PAGE);
        return retrying(() -> transactions.globalList(limit));
    }

    @Override
    public List<JargonGroup> groups() {
        return retrying(transactions::groups);
    }

    private static void required(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(field, field + " is required");
        }
    }

    private static void counters(JargonData data) {
        for (String field : List.of(JargonData.COUNT, JargonData.LAST_INFERENCE_COUNT)) {
            if (data.has(field) && (field.equals(JargonData.COUNT) ? data.count() : data.lastInferenceCount()) == null) {
                throw new InvalidInputException(field, field + " must be a whole number, not null");
            }
        }
        Checks.counter("count", data.count());
        Checks.counter("last_inference_count", data.lastInferenceCount());
    }

    private <T> T retrying(Supplier<T> work) {
        return retried.run(work);
    }
}
