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
import dev.botstore.persistence.admin.DataCategory;
import dev.botstore.persistence.admin.DataTable;
import java.io.InputStream;
import java.io.OutputStream;
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
 * Administration of the database layer: the schema report, and in front of
 * {@link AdminTransactions} the data operations, which run outside any container transaction
 * (each clean-up category, import and export is one transaction of its own connection).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminFacade implements AdminService {

    @EJB
    private DatabaseStartup startup;

    @EJB
    private AdminTransactions transactions;

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
        return transactions.tables().stream().map(DataTable::name).toList();
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public Set<String> groupTables() {
        return transactions.tables().stream().filter(DataTable::hasGroup).map(DataTable::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public CategoryCleanup clearCategory(String category) {
        DataCategory found = DataCategory.of(category).orElseThrow(() -> new NotFoundException(
                "no data category '" + category + "'; categories: " + String.join(", ", DataCategory.keys())));
        return transactions.clear(found);
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public Cleanup clearAll() {
        return transactions.clearAll();
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public CategoryCleanup clearCollectedMessages() {
        return transactions.clearCollectedMessages();
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    @RolesAllowed({Roles.ADMIN, Roles.BOT})
    public DataStatistics statistics() {
        return transactions.statistics();
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public Map<String, Long> export(String groupId, Set<String> tables, OutputStream out) {
        return transactions.export(groupId, tables, out);
    }

    @Override
    @Interceptors(DatabaseGuard.class)
    public ImportResult importData(InputStream in, boolean merge) {
        return transactions.importData(in, merge);
    }
}
