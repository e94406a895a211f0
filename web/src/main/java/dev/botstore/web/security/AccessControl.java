package dev.botstore.web.security;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Applies {@link AccessPolicy} to every resource method once, when the application deploys: each
 * gets a {@link RoleCheck} for its role, and one the policy does not name gets a check that refuses
 * everybody (and a warning in the log).
 */
@Provider
public class AccessControl implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(AccessControl.class.getName());

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Class<?> type = resource.getResourceClass();
        if (type == null || resource.getResourceMethod() == null || !type.getPackageName().startsWith("dev.botstore.")) {
            return;
        }
        String role = AccessPolicy.roleOf(type, resource.getResourceMethod()).orElse(null);
        if (role == null) {
            LOG.warning("no access policy names " + type.getSimpleName() + "#" + resource.getResourceMethod().getName()
                    + "; it is refused to every key until AccessPolicy declares its role");
        }
        context.register(new RoleCheck(role));
    }
}
