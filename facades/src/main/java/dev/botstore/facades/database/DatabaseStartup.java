package dev.botstore.facades.database;

import dev.botstore.api.admin.SchemaReport;
import dev.botstore.api.health.DatabaseMonitor;
import dev.botstore.api.health.DatabaseState;
import dev.botstore.api.health.DatabaseStatus;
import dev.botstore.facades.config.Settings;
import dev.botstore.facades.security.AdminKeyBootstrap;
import dev.botstore.facades.telemetry.OperatorMetrics;
import dev.botstore.persistence.config.DatabaseSettings;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.schema.DatabaseProvisioner;
import dev.botstore.persistence.schema.SchemaSync;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;

/**
 * Brings the database up when the application starts, and keeps track of it afterwards.
 *
 * <p>Each attempt: normalise {@code db_type}; provision the database (and PostgreSQL schema, or the
 * SQLite directory); deploy the persistence unit outside any transaction (EclipseLink's lazy
 * deployment inside a JTA transaction would abort that transaction on PostgreSQL); run the schema
 * sync and keep its report; {@code SELECT 1}; ready. A failed attempt never fails the deployment:
 * the state becomes UNAVAILABLE with the reason and the attempt is retried with back-off, so the
 * server recovers by itself once the database is there. An unknown {@code db_type} is not retried.
 *
 * <p>With {@code db_fallback_sqlite=true}, a PostgreSQL that cannot be reached before its unit was
 * ever deployed makes the server serve from the SQLite file instead, said plainly in the log and in
 * readiness. It stays on SQLite until restarted, so data is never split between the two silently.
 */
@Singleton
@Startup
@LocalBean
@Local(DatabaseMonitor.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup implements DatabaseMonitor {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    private static final String ADMIN_DATASOURCE = "jdbc/botstore-admin";
    private static final int MAX_BACKOFF_SECONDS = 30;

    @EJB
    private Databases databases;

    @EJB
    private AdminKeyBootstrap keyBootstrap;

    @Resource
    private TimerService timers;

    @Inject
    private OperatorMetrics metrics;

    @Inject
    private PublishedStatus published;

    private volatile SchemaReport schemaReport;
    private volatile Instant nextAttemptAt = Instant.now();
    private final AtomicBoolean probing = new AtomicBoolean();
    private Timer pendingRetry;
    private boolean primaryDeployed;
    private int attempts;

    @PostConstruct
    void start() {
        published.publish(new DatabaseStatus(DatabaseState.STARTING, null, null, null, null, false, false,
                "start-up in progress", Instant.now(), 0, 1));
        metrics.databaseReadiness(() -> status().ready());
        metrics.schemaSync(() -> schemaReport == null ? 0 : schemaReport.actions().size(),
                () -> schemaReport == null ? 0 : schemaReport.warnings().size());
        attempt();
    }

    @Timeout
    synchronized void retry() {
        pendingRetry = null;
        attempt();
    }

    @Override
    public DatabaseStatus status() {
        return published.status();
    }

    /** One probe at a time: while it waits on a silent database, other callers get the state as it is. */
    @Override
    public DatabaseStatus probe() {
        if (status().ready() && probing.compareAndSet(false, true)) {
            try {
                selectOne();
            } catch (Exception e) {
                connectionLost(e);
            } finally {
                probing.set(false);
            }
        }
        return status();
    }

    public Optional<SchemaReport> schemaReport() {
        return Optional.ofNullable(schemaReport);
    }

    /**
     * Called when a request failed because the database could not be reached: go DOWN and re-probe.
     * Returns at once when the state is no longer READY, so that requests never queue behind a
     * start-up attempt that waits on a silent database.
     */
    public void connectionLost(Throwable cause) {
        if (status().state() == DatabaseState.READY) {
            markLost(cause);
        }
    }

    private synchronized void markLost(Throwable cause) {
        if (status().state() != DatabaseState.READY) {
            return;
        }
        LOG.warning("database connection lost (" + rootMessage(cause) + "); answering 503 until it is back");
        published.publish(with(DatabaseState.UNAVAILABLE, "database connection lost: " + rootMessage(cause)));
        scheduleRetry();
    }

    private synchronized void attempt() {
        attempts++;
        DatabaseSettings settings;
        DbType type;
        try {
            settings = Settings.database();
            type = settings.dbType().orElse(null);
            if (type == null) {
                misconfigured(settings.dbTypeRaw(), "db_type '" + settings.dbTypeRaw()
                        + "' is not supported; accepted values: " + DbType.ACCEPTED);
                return;
            }
        } catch (IllegalArgumentException e) {
            misconfigured(null, e.getMessage());
            return;
        }
        if (databases.fallbackActive()) {
            recheckFallback();
            return;
        }
        published.publish(describe(status().state(), settings, type, status().reason()));
        try {
            provision(settings, type);
            deployPersistenceUnit();
            primaryDeployed = true;
            if (schemaReport == null) {
                schemaReport = syncSchema(databaseName(settings, type),
                        type == DbType.POSTGRESQL ? settings.postgresqlSchema() : null);
            }
            selectOne();
            bootstrapAdminKey();
            published.publish(describe(DatabaseState.READY, settings, type, null));
            LOG.info("database ready: " + type.id() + " " + databaseName(settings, type)
                    + (type == DbType.POSTGRESQL ? " schema " + settings.postgresqlSchema() : ""));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "database not ready (attempt " + attempts + "): " + rootMessage(e), e);
            if (type == DbType.POSTGRESQL && settings.fallbackSqlite() && !primaryDeployed
                    && fallBackToSqlite(settings, e)) {
                return;
            }
            published.publish(describe(DatabaseState.UNAVAILABLE, settings, type, rootMessage(e)));
            scheduleRetry();
        }
    }

    /** The opt-in fallback: same schema, same API, on the SQLite file. */
    private boolean fallBackToSqlite(DatabaseSettings settings, Exception postgresFailure) {
        Path file = settings.sqliteFile(System::getenv);
        databases.useFallback(true);
        try {
            DatabaseProvisioner.sqlite(file);
            deployPersistenceUnit();
            schemaReport = syncSchema(file.toString(), null);
            selectOne();
            bootstrapAdminKey();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the SQLite fallback failed too: " + rootMessage(e), e);
            databases.useFallback(false);
            return false;
        }
        String reason = "PostgreSQL is unreachable (" + rootMessage(postgresFailure) + "); serving from the SQLite"
                + " file " + file + " because db_fallback_sqlite=true. Data written now stays in that file;"
                + " restart the server once PostgreSQL is back";
        LOG.warning("SQLITE FALLBACK ACTIVE: " + reason);
        published.publish(new DatabaseStatus(DatabaseState.READY, DbType.SQLITE.id(), DbType.POSTGRESQL.id(), file.toString(),
                null, true, true, reason, Instant.now(), attempts, 1));
        return true;
    }

    /** After a lost connection while on the fallback: only the SQLite file needs to answer again. */
    private void recheckFallback() {
        try {
            selectOne();
            published.publish(with(DatabaseState.READY, status().reason()));
        } catch (Exception e) {
            published.publish(with(DatabaseState.UNAVAILABLE, rootMessage(e)));
            scheduleRetry();
        }
    }

    private void provision(DatabaseSettings settings, DbType type) throws Exception {
        switch (type) {
            case POSTGRESQL -> DatabaseProvisioner.postgres(lookup(ADMIN_DATASOURCE), lookup(Databases.MAIN_DATASOURCE),
                    settings.postgresqlDatabase(), settings.postgresqlSchema());
            case MYSQL -> DatabaseProvisioner.mysql(lookup(ADMIN_DATASOURCE), settings.mysqlDatabase());
            case SQLITE -> DatabaseProvisioner.sqlite(settings.sqliteFile(System::getenv));
        }
    }

    /** Forces EclipseLink to log in now, outside any transaction. */
    private void deployPersistenceUnit() {
        databases.entityManagerFactory().createEntityManager().close();
    }

    private SchemaReport syncSchema(String database, String schema) throws Exception {
        EntityManager em = databases.entityManagerFactory().createEntityManager();
        try (Connection connection = lookup(databases.dataSourceName()).getConnection()) {
            AbstractSession session = (AbstractSession) em.unwrap(JpaEntityManager.class).getServerSession();
            int networkTimeout = liftNetworkTimeout(connection);
            try {
                return SchemaSync.run(session, connection, database, schema);
            } finally {
                if (networkTimeout >= 0) {
                    connection.setNetworkTimeout(Runnable::run, networkTimeout);
                }
            }
        } finally {
            em.close();
        }
    }

    /**
     * An index over a large adopted table may take longer than the socket timeout that is meant for
     * requests (db_socket_timeout_seconds), so the schema sync runs without one. Returns the timeout
     * to restore, or -1 where the driver has none (SQLite).
     */
    private static int liftNetworkTimeout(Connection connection) {
        try {
            int before = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, 0);
            return before;
        } catch (SQLException notSupported) {
            return -1;
        }
    }

    private void selectOne() throws Exception {
        try (Connection c = lookup(databases.dataSourceName()).getConnection(); Statement st = c.createStatement()) {
            st.setQueryTimeout(5);
            st.execute("SELECT 1");
        }
    }

    /**
     * Before the first ready: a database without keys gets its admin key now. A file that cannot be
     * written does not keep the data from being served; the operator can set admin_api_key.
     */
    private void bootstrapAdminKey() {
        try {
            keyBootstrap.ensureAdminKey();
        } catch (java.io.UncheckedIOException e) {
            LOG.severe(e.getMessage() + " (" + rootMessage(e) + "); set admin_api_key to get an admin key");
        }
    }

    private void misconfigured(String raw, String reason) {
        LOG.severe("Botstore cannot start: " + reason + ". Fix the setting and restart the server.");
        published.publish(new DatabaseStatus(DatabaseState.MISCONFIGURED, null, raw, null, null, false, false, reason,
                Instant.now(), attempts, MAX_BACKOFF_SECONDS));
    }

    private void scheduleRetry() {
        int delay = Math.min(MAX_BACKOFF_SECONDS, 1 << Math.min(Math.max(attempts - 1, 0), 5));
        nextAttemptAt = Instant.now().plusSeconds(delay);
        if (pendingRetry == null) {
            pendingRetry = timers.createSingleActionTimer(delay * 1000L, new TimerConfig("database-retry", false));
        }
    }

    /** The current status with another state and reason. */
    private DatabaseStatus with(DatabaseState state, String reason) {
        DatabaseStatus current = status();
        return new DatabaseStatus(state, current.backend(), current.configuredBackend(), current.database(),
                current.schema(), current.fallbackEnabled(), current.fallbackActive(), reason,
                state == current.state() ? current.since() : Instant.now(), attempts, retryAfterSeconds());
    }

    private DatabaseStatus describe(DatabaseState state, DatabaseSettings settings, DbType type, String reason) {
        return new DatabaseStatus(state, type.id(), type.id(), databaseName(settings, type),
                type == DbType.POSTGRESQL ? settings.postgresqlSchema() : null, settings.fallbackSqlite(), false,
                reason, state == status().state() ? status().since() : Instant.now(), attempts, retryAfterSeconds());
    }

    private int retryAfterSeconds() {
        return (int) Math.max(1, Duration.between(Instant.now(), nextAttemptAt).toSeconds());
    }

    private static String databaseName(DatabaseSettings settings, DbType type) {
        return switch (type) {
            case POSTGRESQL -> settings.postgresqlDatabase();
            case MYSQL -> settings.mysqlDatabase();
            case SQLITE -> settings.sqliteFile(System::getenv).toString();
        };
    }

    private static DataSource lookup(String name) throws NamingException {
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException e) {
            NamingException clear = new NamingException("datasource " + name + " is not configured on the server"
                    + " (is DB_TYPE one of " + DbType.ACCEPTED + "?)");
            clear.setRootCause(e);
            throw clear;
        }
    }

    /** The innermost message, which is the one that says what went wrong; a missing datasource keeps its own. */
    static String rootMessage(Throwable failure) {
        if (failure instanceof NamingException) {
            return failure.getMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
    }
}
