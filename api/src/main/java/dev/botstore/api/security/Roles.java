package dev.botstore.api.security;

import java.util.List;

/**
 * The roles an API key can have. Every operation of the API names exactly one of them in the
 * web module's access policy; {@code admin} may do everything.
 */
public final class Roles {

    /** Everything: key management, clean-up, export and import, plugin removal. */
    public static final String ADMIN = "admin";
    /** The self-learning API and reading the admin statistics and schema report. */
    public static final String BOT = "bot";
    /** Only {@code /api/v1/plugins/{its own plugin}/...}. */
    public static final String PLUGIN = "plugin";
    /** Only the Prometheus metrics. */
    public static final String METRICS = "metrics";

    public static final List<String> ALL = List.of(ADMIN, BOT, PLUGIN, METRICS);

    private Roles() {
    }
}
