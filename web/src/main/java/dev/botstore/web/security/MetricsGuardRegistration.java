package dev.botstore.web.security;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.security.auth.message.MessageInfo;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;

/**
 * Puts {@link MetricsGuard} in front of Liberty's {@code /metrics} while the application runs.
 * The endpoint is Liberty's own web module (MicroProfile Metrics), outside the application, so no
 * filter or mechanism of the application sees its requests; Liberty does consult the Jakarta
 * Authentication providers registered for a module's context ("virtual host, context root") on
 * every request, its own modules included. The registration is made while the application starts
 * (metrics.xml says when that leaves {@code /metrics} unguarded for a while).
 */
@ApplicationScoped
public class MetricsGuardRegistration {

    /** Liberty's metrics module: the default virtual host, context root {@code /metrics}. */
    static final String METRICS_CONTEXT = "default_host /metrics";
    private static final String LAYER = "HttpServlet";

    @Inject
    private BearerKeys keys;

    private String registration;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ServerAuthContext guard = new MetricsGuard(keys);
        registration = AuthConfigFactory.getFactory().registerConfigProvider(new Provider(guard), LAYER,
                METRICS_CONTEXT, "Botstore: API keys of role metrics or admin for /metrics");
    }

    @PreDestroy
    void unregister() {
        if (registration != null) {
            AuthConfigFactory.getFactory().removeRegistration(registration);
        }
    }

    /** The provider and its one configuration, which hand Liberty the guard for every request. */
    private record Provider(ServerAuthContext guard) implements AuthConfigProvider, ServerAuthConfig {

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler) {
            return null;
        }

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler) {
            return this;
        }

        @Override
        public ServerAuthContext getAuthContext(String id, Subject service, @SuppressWarnings("rawtypes") Map properties) {
            return guard;
        }

        @Override
        public String getMessageLayer() {
            return LAYER;
        }

        @Override
        public String getAppContext() {
            return METRICS_CONTEXT;
        }

        @Override
        public String getAuthContextID(MessageInfo message) {
            return METRICS_CONTEXT;
        }

        @Override
        public boolean isProtected() {
            return true;
        }

        @Override
        public void refresh() {
            // the guard has no configuration to reload
        }
    }
}
