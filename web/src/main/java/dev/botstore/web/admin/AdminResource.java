package dev.botstore.web.admin;

import dev.botstore.api.admin.AdminService;
import dev.botstore.api.admin.SchemaReport;
import dev.botstore.api.error.DatabaseNotReadyException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Administration of the database layer")
public class AdminResource {

    @EJB
    private AdminService admin;

    @GET
    @Path("schema")
    @Operation(summary = "What the schema sync of this start did",
            description = "Tables created, columns added, indexes created, fix-ups run, and any step that could"
                    + " not be applied (as a warning). Empty actions and warnings mean the database already"
                    + " matched the model.")
    public SchemaReport schema() {
        return admin.schemaReport().orElseThrow(() ->
                new DatabaseNotReadyException("the schema sync has not run yet", 1));
    }
}
