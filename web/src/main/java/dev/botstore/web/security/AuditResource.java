package dev.botstore.web.security;

import dev.botstore.api.security.AuditPage;
import dev.botstore.api.security.AuditTrail;
import dev.botstore.web.QueryValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail: {@code /api/v1/admin/audit}, newest first. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "security", description = "API keys and the audit trail")
public class AuditResource {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    @EJB
    private AuditTrail trail;

    @GET
    @Operation(summary = "Page through the audit trail", description = "Admin actions that changed or exported data"
            + " (clean-up, import, export, plugin removal, key creation and revocation), newest first: time, key id"
            + " and name, operation, target (path and query parameters) and details (the counts). Pass next_cursor"
            + " back as cursor; limit 1-1000, default 100.")
    public AuditPage page(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return trail.page(cursor, QueryValues.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
    }
}
