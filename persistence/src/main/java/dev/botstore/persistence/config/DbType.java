package dev.botstore.persistence.config;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.platform.database.MySQLPlatform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/** The three supported backends, and the original's rules for naming them in {@code db_type}. */
public enum DbType {
    POSTGRESQL, MYSQL, SQLITE;

    public static final String ACCEPTED = "postgresql (or pgsql, postgres, pg), mysql, sqlite";

    /**
     * Normalises a configured {@code db_type} like the original: surrounding spaces and case are
     * ignored, {@code pgsql}, {@code postgres} and {@code pg} mean PostgreSQL, and an empty value
     * means the default, PostgreSQL.
     *
     * @return empty for anything else
     */
    public static Optional<DbType> normalise(String raw) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "postgresql", "pgsql", "postgres", "pg" -> Optional.of(POSTGRESQL);
            case "mysql" -> Optional.of(MYSQL);
            case "sqlite" -> Optional.of(SQLITE);
            default -> Optional.empty();
        };
    }

    /** The backend a running EclipseLink session talks to. */
    public static DbType of(DatabasePlatform platform) {
        if (platform instanceof PostgreSQLPlatform) {
            return POSTGRESQL;
        }
        if (platform instanceof MySQLPlatform) {
            return MYSQL;
        }
        if (platform instanceof SQLitePlatform) {
            return SQLITE;
        }
        throw new IllegalStateException("unsupported database platform " + platform.getClass().getName());
    }

    /** The lower-case name used in configuration, logs and health output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
