package dev.botstore.web.security;

import dev.botstore.api.security.AuditTrail;
import dev.botstore.api.security.Caller;
import dev.botstore.api.security.CreatedApiKey;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes each successful {@link Audited} operation to the audit trail: who (the key's id and name),
 * what, on what (path and query parameters) and its outcome (the answer's counts). A new key is
 * recorded without its secret; a streamed answer (an export) by its parameters alone.
 */
@Provider
@Audited
@Priority(Priorities.USER)
public class AuditRecorder implements ContainerResponseFilter {

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    private AuditTrail trail;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Caller caller = (Caller) request.getProperty(BearerKeyMechanism.CALLER);
        if (caller == null || response.getStatus() >= 300 || resource.getResourceMethod() == null) {
            return;
        }
        String operation = resource.getResourceMethod().getAnnotation(Audited.class).value();
        trail.record(caller, operation, target(request), details(response.getEntity()));
    }

    private static String target(ContainerRequestContext request) {
        Map<String, String> parameters = new TreeMap<>(flat(request.getUriInfo().getPathParameters()));
        parameters.putAll(flat(request.getUriInfo().getQueryParameters()));
        return parameters.isEmpty() ? null : JSON.toJson(parameters);
    }

    private static Map<String, String> flat(MultivaluedMap<String, String> values) {
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> String.join(",", e.getValue())));
    }

    private static String details(Object entity) {
        if (entity instanceof CreatedApiKey created) {
            return JSON.toJson(created.key());
        }
        if (entity == null || entity instanceof jakarta.ws.rs.core.StreamingOutput
                || entity instanceof java.io.InputStream || entity instanceof List<?>) {
            return null;
        }
        return JSON.toJson(entity);
    }
}
