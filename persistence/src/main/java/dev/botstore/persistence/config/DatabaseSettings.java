package dev.botstore.persistence.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database settings, named exactly like the original plugin's {@code Database_Settings} fields
 * (plus {@code data_dir}, {@code messages_db_path} and {@code db_fallback_sqlite}). On the server
 * they are Liberty variables, each overridable from the environment; the same values configure the
 * datasources in {@code server.xml}.
 */
public record DatabaseSettings(String dbTypeRaw, String postgresqlHost, int postgresqlPort, String postgresqlUser,
                               String postgresqlDatabase, String postgresqlSchema, String mysqlHost, int mysqlPort,
                               String mysqlUser, String mysqlDatabase, String dataDir, String messagesDbPath,
                               boolean fallbackSqlite) {

    public static final String DEFAULT_DATABASE = "astrbot_self_learning";

    /** Reads every setting through {@code lookup} (null = not set), applying the documented defaults. */
    public static DatabaseSettings from(Function<String, String> lookup) {
        Function<String, String> get = name -> {
            String value = lookup.apply(name);
            return value == null ? "" : value.strip();
        };
        return new DatabaseSettings(
                get.apply("db_type"),
                orDefault(get.apply("postgresql_host"), "localhost"),
                port(get.apply("postgresql_port"), 5432, "postgresql_port"),
                orDefault(get.apply("postgresql_user"), "postgres"),
                orDefault(get.apply("postgresql_database"), DEFAULT_DATABASE),
                orDefault(get.apply("postgresql_schema"), "public"),
                orDefault(get.apply("mysql_host"), "localhost"),
                port(get.apply("mysql_port"), 3306, "mysql_port"),
                orDefault(get.apply("mysql_user"), "root"),
                orDefault(get.apply("mysql_database"), DEFAULT_DATABASE),
                orDefault(get.apply("data_dir"), "data"),
                get.apply("messages_db_path"),
                Boolean.parseBoolean(get.apply("db_fallback_sqlite")));
    }

    public Optional<DbType> dbType() {
        return DbType.normalise(dbTypeRaw);
    }

    /**
     * The SQLite file: {@code messages_db_path}, or {@code <data_dir>/messages.db}; {@code ~} and
     * {@code ${ENV}} expanded, a relative path made absolute against the working directory.
     */
    public Path sqliteFile(UnaryOperator<String> env) {
        String path = messagesDbPath.isEmpty() ? dataDir + "/messages.db" : messagesDbPath;
        return Path.of(expand(path, env)).toAbsolutePath().normalize();
    }

    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    /** {@code ~} first, then environment references; unknown variables stay as written (as the original does). */
    static String expand(String path, UnaryOperator<String> env) {
        String home = System.getProperty("user.home");
        if (path.equals("~")) {
            path = home;
        } else if (path.startsWith("~/")) {
            path = home + path.substring(1);
        }
        Matcher m = ENV_REF.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = env.apply(name);
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private static int port(String value, int fallback, String name) {
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a port number between 1 and 65535, not '" + value + "'");
    }
}
