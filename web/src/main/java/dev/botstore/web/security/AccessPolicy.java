package dev.botstore.web.security;

import static java.util.Map.entry;

import dev.botstore.api.security.Roles;
import dev.botstore.web.admin.AdminResource;
import dev.botstore.web.affection.AffectionResource;
import dev.botstore.web.expression.ExpressionResource;
import dev.botstore.web.jargon.JargonResource;
import dev.botstore.web.learning.LearningRunsResource;
import dev.botstore.web.learning.LearningStatisticsResource;
import dev.botstore.web.learning.PersonaReviewsResource;
import dev.botstore.web.learning.StyleReviewsResource;
import dev.botstore.web.message.MessageResource;
import dev.botstore.web.metrics.MetricsResource;
import dev.botstore.web.persona.PersonaResource;
import dev.botstore.web.pluginfiles.PluginFilesResource;
import dev.botstore.web.plugins.PluginResource;
import dev.botstore.web.pluginstore.PluginStoreAdminResource;
import dev.botstore.web.pluginstore.PluginStoreResource;
import dev.botstore.web.psychological.PsychologicalResource;
import dev.botstore.web.reinforcement.ReinforcementResource;
import dev.botstore.web.social.SocialResource;
import dev.botstore.web.tables.TablesResource;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

/**
 * The one declared access policy: the role each operation of {@code /api/v1} needs, by resource,
 * with the operations that differ from their resource named one by one. A key of role
 * {@code admin} may call everything; a {@code plugin} key only operations of its own plugin. An
 * operation that this policy does not name is refused to every key, so a new endpoint never ships
 * unprotected.
 */
public final class AccessPolicy {

    private static final Map<Class<?>, String> BY_RESOURCE = Map.ofEntries(
            // the self-learning API
            entry(AffectionResource.class, Roles.BOT),
            entry(ExpressionResource.class, Roles.BOT),
            entry(JargonResource.class, Roles.BOT),
            entry(LearningRunsResource.class, Roles.BOT),
            entry(LearningStatisticsResource.class, Roles.BOT),
            entry(PersonaReviewsResource.class, Roles.BOT),
            entry(StyleReviewsResource.class, Roles.BOT),
            entry(MessageResource.class, Roles.BOT),
            entry(MetricsResource.class, Roles.BOT),
            entry(PersonaResource.class, Roles.BOT),
            entry(PsychologicalResource.class, Roles.BOT),
            entry(ReinforcementResource.class, Roles.BOT),
            entry(SocialResource.class, Roles.BOT),
            // every table of the original, row by row
            entry(TablesResource.class, Roles.BOT),
            // plugin storage: a plugin key reaches its own plugin only
            entry(PluginStoreResource.class, Roles.PLUGIN),
            entry(PluginFilesResource.class, Roles.PLUGIN),
            entry(PluginResource.class, Roles.PLUGIN),
            // administration
            entry(AdminResource.class, Roles.ADMIN),
            entry(PluginStoreAdminResource.class, Roles.ADMIN),
            entry(KeysResource.class, Roles.ADMIN),
            entry(AuditResource.class, Roles.ADMIN));

    /** Operations whose role is not their resource's: {@code Resource#method}. */
    private static final Map<String, String> BY_OPERATION = Map.ofEntries(
            entry(operation(AdminResource.class, "schema"), Roles.BOT),
            entry(operation(AdminResource.class, "statistics"), Roles.BOT),
            entry(operation(PluginResource.class, "remove"), Roles.ADMIN));

    private AccessPolicy() {
    }

    /** The role an operation needs, or empty when the policy does not name it. */
    public static Optional<String> roleOf(Class<?> resource, Method method) {
        String role = BY_OPERATION.get(operation(resource, method.getName()));
        return Optional.ofNullable(role != null ? role : BY_RESOURCE.get(resource));
    }

    private static String operation(Class<?> resource, String method) {
        return resource.getSimpleName() + "#" + method;
    }
}
