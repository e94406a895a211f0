package dev.botstore.facades.config;

import dev.botstore.persistence.config.DatabaseSettings;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads Botstore's settings. Liberty exposes its configuration variables (server.xml defaults,
 * environment overrides such as {@code DB_TYPE} for {@code db_type}) through MicroProfile Config,
 * so the application sees exactly the values the datasources were built from.
 */
public final class Settings {

    private Settings() {
    }

    public static String get(String name, String fallback) {
        return config().getOptionalValue(name, String.class).filter(v -> !v.isBlank()).orElse(fallback);
    }

    public static long getLong(String name, long fallback) {
        String value = get(name, null);
        try {
            return value == null ? fallback : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    /** server.xml defaults {@code data_dir} to the server's output directory; the fallback is for a bare config. */
    public static Path dataDir() {
        String configured = get("data_dir", null);
        if (configured != null) {
            return Path.of(configured.strip());
        }
        return Path.of(System.getProperty("server.output.dir", "."), "data");
    }

    public static DatabaseSettings database() {
        Config config = config();
        return DatabaseSettings.from(name -> config.getOptionalValue(name, String.class).orElse(null));
    }

    private static Config config() {
        return ConfigProvider.getConfig(Settings.class.getClassLoader());
    }
}
