package dev.botstore.api.admin;

import java.util.Optional;

/** Administration of the database layer (the original's AdminFacade; grows with the admin issue). */
public interface AdminService {

    /** The report of the schema sync of this start, empty until the sync has run. */
    Optional<SchemaReport> schemaReport();
}
