package dev.botstore.facades.admin;

import dev.botstore.api.admin.CategoryCleanup;
import dev.botstore.api.admin.Cleanup;
import dev.botstore.api.admin.DataStatistics;
import dev.botstore.api.admin.ImportResult;
import dev.botstore.facades.database.DatabaseInUse;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.admin.DataCategory;
import dev.botstore.persistence.admin.DataCleaner;
import dev.botstore.persistence.admin.DataExporter;
import dev.botstore.persistence.admin.DataImporter;
import dev.botstore.persistence.admin.DataTable;
import dev.botstore.persistence.admin.DataTables;
import dev.botstore.persistence.support.ConnectionWork;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin data work, table by table over JDBC ({@code persistence.admin}) outside any container
 * transaction: each clean-up category, each import and each export is one transaction of its own
 * connection, which is what lets a clean-up of all categories commit them one by one and an
 * export stream rows without holding them. {@link AdminFacade} validates in front.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminTransactions {

    private static volatile List<DataTable> model;

    @EJB
    private Databases databases;

    @Inject
    private DatabaseInUse inUse;

    /** The tables of the entity model, parents first (the same on every backend, so computed once). */
    public List<DataTable> tables() {
        List<DataTable> tables = model;
        if (tables == null) {
            tables = DataTables.parentsFirst(databases.entityModel());
            model = tables;
        }
        return tables;
    }

    public CategoryCleanup clear(DataCategory category) {
        return inUse.run("clearing " + category.key(), (c, type) -> new DataCleaner(c, type).clear(category));
    }

    public Cleanup clearAll() {
        Map<String, CategoryCleanup> details = inUse.run("clearing all data", (c, type) -> {
            Map<String, CategoryCleanup> cleared = new LinkedHashMap<>();
            DataCleaner cleaner = new DataCleaner(c, type);
            for (DataCategory category : DataCategory.values()) {
                cleared.put(category.key(), cleaner.clear(category));
            }
            return cleared;
        });
        boolean success = details.values().stream().allMatch(CategoryCleanup::success);
        long deleted = details.values().stream().mapToLong(CategoryCleanup::deleted).sum();
        return new Cleanup(success, deleted, details);
    }

    public CategoryCleanup clearCollectedMessages() {
        return inUse.run("clearing the collected messages",
                (c, type) -> new DataCleaner(c, type).clear("collected_messages", DataCategory.COLLECTED_MESSAGES));
    }

    public DataStatistics statistics() {
        return inUse.run("counting the data", (c, type) -> {
            DataCleaner cleaner = new DataCleaner(c, type);
            Map<String, Long> perCategory = new LinkedHashMap<>();
            Map<String, Long> perTable = new LinkedHashMap<>();
            for (DataCategory category : DataCategory.values()) {
                Map<String, Long> counts = cleaner.count(category.tables());
                perTable.putAll(counts);
                perCategory.put(category.key(), counts.values().stream().mapToLong(Long::longValue).sum());
            }
            return new DataStatistics(perCategory.get("messages"), perCategory.get("persona_reviews"),
                    perCategory.get("style_learning"), perCategory.get("jargon"), perCategory.get("learning_history"),
                    perCategory.get("memory"), perCategory.get("knowledge_graph"), perCategory.get("runtime_state"),
                    perTable);
        });
    }

    public Map<String, Long> export(String groupId, Set<String> tables, OutputStream out) {
        Databases.InUse database = inUse.get();
        try (Connection c = database.dataSource().getConnection()) {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            return new DataExporter(c, database.type(), tables()).export(writer, groupId, tables);
        } catch (SQLException e) {
            throw ConnectionWork.failure("the export", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the export could not be written", e);
        }
    }

    public ImportResult importData(InputStream in, boolean merge) {
        Databases.InUse database = inUse.get();
        try (Connection c = database.dataSource().getConnection()) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
            return new DataImporter(c, database.type(), tables()).load(reader, merge);
        } catch (SQLException e) {
            throw ConnectionWork.failure("the import", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the import could not be read", e);
        }
    }
}
