package dev.botstore.facades.admin;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.admin.AdminService;
import dev.botstore.api.admin.CategoryCleanup;
import dev.botstore.api.admin.Cleanup;
import dev.botstore.api.admin.DataStatistics;
import dev.botstore.api.admin.ImportResult;
import dev.botstore.api.admin.SchemaReport;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.database.DatabaseStartup;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.admin.DataCategory;
import dev.botstore.persistence.admin.DataCleaner;
import dev.botstore.persistence.admin.DataExporter;
import dev.botstore.persistence.admin.DataImporter;
import dev.botstore.persistence.admin.DataTable;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;

/**
 * Administration of the database layer. The data operations work table by table over JDBC
 * ({@code persistence.admin}) outside any container transaction: each clean-up category, each
 * import and each export is one transaction of its own connection, which is what lets a clean-up
 * of all categories commit them one by one and an export stream rows without holding them.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminFacade implements AdminService {

    @EJB
    private DatabaseStartup startup;

    @EJB
    private Databases databases;

    @RolesAllowed({Roles.ADMIN, Roles.BOT})
    @Override
    public Optional<SchemaReport> schemaReport() {
        return startup.schemaReport();
    }

    @Override
    public List<String> categories() {
        return DataCategory.keys();
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public List<String> tables() {
        return AdminJdbc.tables(databases).stream().map(DataTable::name).toList();
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public Set<String> groupTables() {
        return AdminJdbc.tables(databases).stream().filter(DataTable::hasGroup).map(DataTable::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public CategoryCleanup clearCategory(String category) {
        DataCategory found = DataCategory.of(category).orElseThrow(() -> new NotFoundException(
                "no data category '" + category + "'; categories: " + String.join(", ", DataCategory.keys())));
        try (Connection c = AdminJdbc.connection(databases)) {
            return new DataCleaner(c, AdminJdbc.type(databases)).clear(found);
        } catch (SQLException e) {
            throw AdminJdbc.failure("clearing " + category, e);
        }
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public Cleanup clearAll() {
        Map<String, CategoryCleanup> details = new LinkedHashMap<>();
        try (Connection c = AdminJdbc.connection(databases)) {
            DataCleaner cleaner = new DataCleaner(c, AdminJdbc.type(databases));
            for (DataCategory category : DataCategory.values()) {
                details.put(category.key(), cleaner.clear(category));
            }
        } catch (SQLException e) {
            throw AdminJdbc.failure("clearing all data", e);
        }
        boolean success = details.values().stream().allMatch(CategoryCleanup::success);
        long deleted = details.values().stream().mapToLong(CategoryCleanup::deleted).sum();
        return new Cleanup(success, deleted, details);
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public CategoryCleanup clearCollectedMessages() {
        try (Connection c = AdminJdbc.connection(databases)) {
            return new DataCleaner(c, AdminJdbc.type(databases)).clear("collected_messages", DataCategory.COLLECTED_MESSAGES);
        } catch (SQLException e) {
            throw AdminJdbc.failure("clearing the collected messages", e);
        }
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    @RolesAllowed({Roles.ADMIN, Roles.BOT})
    public DataStatistics statistics() {
        try (Connection c = AdminJdbc.connection(databases)) {
            DataCleaner cleaner = new DataCleaner(c, AdminJdbc.type(databases));
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
        } catch (SQLException e) {
            throw AdminJdbc.failure("counting the data", e);
        }
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public Map<String, Long> export(String groupId, Set<String> tables, OutputStream out) {
        try (Connection c = AdminJdbc.connection(databases)) {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            return new DataExporter(c, AdminJdbc.type(databases), AdminJdbc.tables(databases))
                    .export(writer, groupId, tables);
        } catch (SQLException e) {
            throw AdminJdbc.failure("the export", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the export could not be written", e);
        }
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public ImportResult importData(InputStream in, boolean merge) {
        try (Connection c = AdminJdbc.connection(databases)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
            return new DataImporter(c, AdminJdbc.type(databases), AdminJdbc.tables(databases)).load(reader, merge);
        } catch (SQLException e) {
            throw AdminJdbc.failure("the import", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the import could not be read", e);
        }
    }
}
