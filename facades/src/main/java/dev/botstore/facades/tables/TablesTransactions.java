package dev.botstore.facades.tables;

import dev.botstore.api.error.ConflictException;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.tables.KeyInfo;
import dev.botstore.facades.database.DatabaseInUse;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.tables.RowCondition;
import dev.botstore.persistence.tables.RowModel;
import dev.botstore.persistence.tables.RowSelection;
import dev.botstore.persistence.tables.RowTable;
import dev.botstore.persistence.tables.TableRows;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One container-managed transaction per rows operation, on a JDBC connection of the datasource in
 * use (enlisted in the transaction); {@link TablesFacade} validates and retries.
 */
@Stateless
@LocalBean
public class TablesTransactions {

    private static volatile List<RowTable> model;

    @EJB
    private Databases databases;

    @Inject
    private DatabaseInUse inUse;

    /** The tables of the rows API, parents first (the same on every backend, so derived once). */
    public List<RowTable> model() {
        List<RowTable> tables = model;
        if (tables == null) {
            tables = RowModel.of(databases.entityModel());
            model = tables;
        }
        return tables;
    }

    public List<Map<String, Object>> select(RowTable table, RowSelection selection) {
        return run("listing " + table.name(), rows -> rows.select(table, selection));
    }

    public long count(RowTable table, List<RowCondition> conditions) {
        return run("counting " + table.name(), rows -> rows.count(table, conditions));
    }

    public Optional<Map<String, Object>> byKey(RowTable table, Object key) {
        return run("reading " + table.name(), rows -> rows.byKey(table, key));
    }

    /** All rows or none: the primary keys in order. */
    public List<Object> insert(RowTable table, List<Map<String, Object>> values) {
        return run("inserting into " + table.name(), rows -> {
            List<Object> keys = new ArrayList<>();
            for (Map<String, Object> row : values) {
                keys.add(rows.insert(table, row));
            }
            return keys;
        });
    }

    /** All rows or none, each one atomic upsert: the primary keys in order. */
    public List<Object> upsert(RowTable table, KeyInfo key, List<Map<String, Object>> values,
                               List<List<String>> changed) {
        return run("upserting into " + table.name(), rows -> {
            List<Object> keys = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                keys.add(rows.upsert(table, key, values.get(i), changed.get(i)));
            }
            return keys;
        });
    }

    public Map<String, Object> update(RowTable table, Object key, Map<String, Object> values) {
        return run("updating " + table.name(), rows -> {
            if (!rows.update(table, key, values)) {
                throw missing(table, key);
            }
            return rows.byKey(table, key).orElseThrow(() -> missing(table, key));
        });
    }

    /** Refused while another table's rows reference the row: those go first, as in the admin clean-up. */
    public void delete(RowTable table, Object key) {
        run("deleting from " + table.name(), rows -> {
            Optional<String> child = rows.referencedBy(table, key, model());
            if (child.isPresent()) {
                throw new ConflictException("rows of " + child.get() + " reference " + table.name() + " " + key
                        + "; delete those first (the admin clean-up deletes " + child.get() + " before "
                        + table.name() + ")");
            }
            if (!rows.delete(table, key)) {
                throw missing(table, key);
            }
            return null;
        });
    }

    private static NotFoundException missing(RowTable table, Object key) {
        return new NotFoundException("no row " + key + " in " + table.name());
    }

    private <T> T run(String what, Work<T> work) {
        return inUse.run(what, (connection, type) -> work.on(new TableRows(connection, type)));
    }

    /** Statements on one connection of the caller's transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T on(TableRows rows) throws SQLException;
    }
}
