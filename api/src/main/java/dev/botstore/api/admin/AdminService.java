package dev.botstore.api.admin;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Administration of the database layer: the schema report, and the original's AdminFacade (clean-up
 * per category, data statistics, export), plus an import that loads an export back.
 */
public interface AdminService {

    /** The report of the schema sync of this start, empty until the sync has run. */
    Optional<SchemaReport> schemaReport();

    /** The category keys, in the order a full clean-up runs them. */
    List<String> categories();

    /** The tables an export writes, parents first; those with a {@code group_id} column are marked in {@link #groupTables()}. */
    List<String> tables();

    /** The tables an export for one group covers (those with a {@code group_id} column). */
    Set<String> groupTables();

    /**
     * Deletes every row of one category, children first, in one transaction.
     *
     * @throws dev.botstore.api.error.NotFoundException for an unknown category
     */
    CategoryCleanup clearCategory(String category);

    /** Every category, one transaction each, in {@link #categories()} order. */
    Cleanup clearAll();

    /** The message collector's "clear all data": collected messages and the learning results derived from them. */
    CategoryCleanup clearCollectedMessages();

    DataStatistics statistics();

    /**
     * Streams tables as JSON Lines to {@code out}.
     *
     * @param groupId null for everything; otherwise only that group's rows of the tables with a group
     * @param tables  empty for all tables; otherwise only these
     * @return rows written per table
     */
    Map<String, Long> export(String groupId, Set<String> tables, OutputStream out);

    /**
     * Loads an export in one transaction.
     *
     * @throws dev.botstore.api.error.ConflictException    when the database holds rows and {@code merge} is false
     * @throws dev.botstore.api.error.InvalidInputException for a malformed line or a row the database refuses
     */
    ImportResult importData(InputStream in, boolean merge);
}
