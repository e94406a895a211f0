package dev.botstore.facades.tables;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.tables.ColumnInfo;
import dev.botstore.api.tables.KeyInfo;
import dev.botstore.api.tables.RowPage;
import dev.botstore.api.tables.RowQuery;
import dev.botstore.api.tables.TableInfo;
import dev.botstore.api.tables.Tables;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.support.RetriedTransactions;
import dev.botstore.persistence.tables.RowCondition;
import dev.botstore.persistence.tables.RowSelection;
import dev.botstore.persistence.tables.RowTable;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rows API. Every table name, column, operator and value is checked here against the entity
 * model before a transaction of {@link TablesTransactions} runs; each operation is retried on a
 * transient conflict.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TablesFacade implements Tables {

    @EJB
    private TablesTransactions transactions;

    @Inject
    private RetriedTransactions retried;

    @Override
    public List<TableInfo> tables() {
        return transactions.model().stream().map(RowTable::info).toList();
    }

    @Override
    public RowPage rows(String table, RowQuery query) {
        RowTable rows = table(table);
        TableInfo info = rows.info();
        List<RowCondition> conditions = RowQueries.conditions(info, query.filters());
        RowSelection selection = RowQueries.selection(info, query, conditions);
        List<Map<String, Object>> found = retrying(() -> transactions.select(rows, selection));
        Long total = query.count() ? retrying(() -> transactions.count(rows, conditions)) : null;
        int limit = selection.limit() - 1;
        String next = null;
        if (found.size() > limit) {
            found = found.subList(0, limit);
            next = RowCursor.encode((selection.descending() ? "-" : "") + selection.order(), info, selection.order(),
                    found.get(limit - 1));
        }
        return new RowPage(found.stream().map(row -> RowJson.row(info, row)).toList(), next, total);
    }

    @Override
    public JsonObject row(String table, String id) {
        RowTable rows = table(table);
        Object key = key(rows.info(), id);
        return retrying(() -> transactions.byKey(rows, key)).map(row -> RowJson.row(rows.info(), row))
                .orElseThrow(() -> new NotFoundException("no row " + id + " in " + table));
    }

    @Override
    public List<JsonValue> insert(String table, List<JsonObject> rows) {
        RowTable target = table(table);
        count(rows);
        List<Map<String, Object>> values = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String where = where(i);
            values.add(RowValues.complete(target.info(), RowValues.row(target.info(), rows.get(i), where),
                    target.defaults(), where));
        }
        return retrying(() -> transactions.insert(target, values)).stream().map(RowJson::value).toList();
    }

    @Override
    public List<JsonValue> upsert(String table, String uniqueKey, List<JsonObject> rows) {
        RowTable target = table(table);
        TableInfo info = target.info();
        if (uniqueKey == null || uniqueKey.isBlank()) {
            throw new InvalidInputException("on_conflict", "on_conflict names the unique key to upsert on: one of "
                    + info.uniqueKeys().stream().map(KeyInfo::name).distinct().toList());
        }
        KeyInfo key = info.uniqueKey(uniqueKey.strip());
        if (key == null) {
            throw new InvalidInputException("on_conflict", "on_conflict: " + table + " has no unique key " + uniqueKey
                    + "; its unique keys: " + info.uniqueKeys().stream().map(KeyInfo::name).distinct().toList());
        }
        count(rows);
        List<Map<String, Object>> values = new ArrayList<>();
        List<List<String>> changed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String where = where(i);
            Map<String, Object> sent = RowValues.row(info, rows.get(i), where);
            for (String column : key.columns()) {
                if (sent.get(column) == null) {
                    String field = where + "." + column;
                    throw new InvalidInputException(field, field + " is required: the upsert matches rows on "
                            + key.name() + " " + key.columns());
                }
            }
            values.add(RowValues.complete(info, sent, target.defaults(), where));
            changed.add(sent.keySet().stream().filter(c -> !key.columns().contains(c) && !c.equals(info.primaryKey()))
                    .toList());
        }
        return retrying(() -> transactions.upsert(target, key, values, changed)).stream().map(RowJson::value).toList();
    }

    @Override
    public JsonObject patch(String table, String id, JsonObject changes) {
        RowTable target = table(table);
        TableInfo info = target.info();
        Object key = key(info, id);
        Map<String, Object> values = RowValues.row(info, changes, "");
        if (values.containsKey(info.primaryKey())) {
            throw new InvalidInputException(info.primaryKey(), info.primaryKey() + " is the primary key and cannot change");
        }
        if (values.isEmpty()) {
            throw new InvalidInputException("body", "a patch needs at least one column");
        }
        return RowJson.row(info, retrying(() -> transactions.update(target, key, values)));
    }

    @Override
    public void delete(String table, String id) {
        RowTable target = table(table);
        Object key = key(target.info(), id);
        retrying(() -> {
            transactions.delete(target, key);
            return null;
        });
    }

    private RowTable table(String name) {
        for (RowTable table : transactions.model()) {
            if (table.name().equals(name)) {
                return table;
            }
        }
        throw new NotFoundException("no table " + name + " (GET /api/v1/tables lists them)");
    }

    private static Object key(TableInfo table, String id) {
        ColumnInfo column = table.column(table.primaryKey());
        return RowValues.text(column, id == null ? "" : id, table.primaryKey());
    }

    private static void count(List<JsonObject> rows) {
        if (rows.isEmpty()) {
            throw new InvalidInputException("body", "no rows: send one row or an array of 1 to " + MAX_ROWS);
        }
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException("body", rows.size() + " rows; at most " + MAX_ROWS + " go in one request");
        }
    }

    /** A row's name in errors, {@code rows[3]} (a lone row is {@code rows[0]}). */
    private static String where(int i) {
        return "rows[" + i + "]";
    }

    private <T> T retrying(Supplier<T> work) {
        return retried.run(work);
    }
}
