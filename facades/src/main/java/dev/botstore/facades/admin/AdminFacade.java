package dev.botstore.facades.admin;

import dev.botstore.api.admin.AdminService;
import dev.botstore.api.admin.SchemaReport;
import dev.botstore.facades.schema.DatabaseStartup;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;

/** Administration of the database layer. */
@Stateless
public class AdminFacade implements AdminService {

    @EJB
    private DatabaseStartup startup;

    @Override
    public Optional<SchemaReport> schemaReport() {
        return startup.schemaReport();
    }
}
