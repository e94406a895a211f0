package dev.botstore.web.security;

import dev.botstore.api.security.Caller;
import dev.botstore.api.security.Roles;
import dev.botstore.web.error.Problem;
import dev.botstore.web.error.Problems;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The policy's decision for one operation, made after authentication: the key's role must be the
 * operation's (or admin), and a plugin key must be bound to the plugin in the path. Also refuses
 * POST bodies of the types a browser sends cross-site without asking (form, multipart, plain text).
 */
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

    private static final List<String> CROSS_SITE_TYPES = List.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    private final String role;

    RoleCheck(String role) {
        this.role = role;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = (Caller) request.getProperty(BearerKeyMechanism.CALLER);
        String refusal = refusal(caller, request.getUriInfo().getPathParameters().getFirst("plugin"));
        if (refusal != null) {
            request.abortWith(Problems.response(problem(403, refusal, request)));
            return;
        }
        MediaType type = request.getMediaType();
        if (HttpMethod.POST.equals(request.getMethod()) && type != null
                && CROSS_SITE_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            request.abortWith(Problems.response(problem(415, "a POST body of type " + type.getType() + "/"
                    + type.getSubtype() + " is refused (a browser could send it from another site); send the type"
                    + " the operation documents", request)));
        }
    }

    /** Why this caller may not call the operation, or null when it may. */
    String refusal(Caller caller, String pluginInPath) {
        if (role == null) {
            return "this operation is not in the access policy, so no key may call it";
        }
        if (caller == null) {
            return "this operation needs a key of role " + role;
        }
        if (Roles.ADMIN.equals(caller.role())) {
            return null;
        }
        if (!role.equals(caller.role())) {
            return "this operation needs a key of role " + role + (Roles.ADMIN.equals(role) ? "" : " or admin")
                    + "; this key has role " + caller.role();
        }
        if (Roles.PLUGIN.equals(role) && !caller.plugin().equals(pluginInPath)) {
            return "this key is bound to plugin " + caller.plugin() + " and cannot reach another plugin's data";
        }
        return null;
    }

    private static Problem problem(int status, String detail, ContainerRequestContext request) {
        return Problems.plain(status, detail, request.getUriInfo().getRequestUri().getRawPath());
    }
}
