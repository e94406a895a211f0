package dev.botstore.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API, under {@code /api/v1}. Resources and providers are found by scanning, so this
 * class lists none.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Botstore API", version = "1",
        description = "Storage for self-learning chatbots and their plugins: the plugin key-value store and "
                + "the self-learning database layer. Errors are application/problem+json (RFC 9457)."))
public class BotstoreApplication extends Application {
}
