package dev.botstore.facades.schema;

import dev.botstore.api.admin.SchemaReport;
import dev.botstore.api.health.DatabaseMonitor;
import dev.botstore.api.health.DatabaseState;
import dev.botstore.api.health.DatabaseStatus;
import dev.botstore.facades.config.Settings;
import dev.botstore.persistence.config.DatabaseSettings;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.schema.DatabaseProvisioner;
import dev.botstore.persistence.schema.SchemaSync;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
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
 */
@Singleton
@Startup
@LocalBean
@Local(DatabaseMonitor.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// A reference, not an injection: with no datasource configured (an unknown db_type) the unit cannot
// be created, and an injection would fail the whole deployment instead of reporting why.
@PersistenceUnit(name = "persistence/botstore", unitName = "botstore")
public class DatabaseStartup implements DatabaseMonitor {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    static final String APP_DATASOURCE = "jdbc/botstore";
    static final String ADMIN_DATASOURCE = "jdbc/botstore-admin";
    private static final int MAX_BACKOFF_SECONDS = 30;

    private static final String PERSISTENCE_UNIT_REF = "java:comp/env/persistence/botstore";

    @Resource
    private TimerService timers;

    private volatile DatabaseStatus status;
    private volatile SchemaReport schemaReport;
    private volatile Instant nextAttemptAt = Instant.now();
    private Timer pendingRetry;
    private int attempts;

    @PostConstruct
    void start() {
        status = new DatabaseStatus(DatabaseState.STARTING, null, null, null, null, false, false,
                "start-up in progress", Instant.now(), 0, 1);
        attempt();
    }

    @Timeout
    synchronized void retry() {
        pendingRetry = null;
        attempt();
    }

    @Override
    public DatabaseStatus status() {
        return status;
    }

    @Override
    public DatabaseStatus probe() {
        if (status.ready()) {
            try {
                selectOne();
            } catch (Exception e) {
                connectionLost(e);
            }
        }
        return status;
    }

    public Optional<SchemaReport> schemaReport() {
        return Optional.ofNullable(schemaReport);
    }

    /** Called when a request failed because the database could not be reached: go DOWN and re-probe. */
    public synchronized void connectionLost(Throwable cause) {
        if (status.state() != DatabaseState.READY) {
            return;
        }
        LOG.warning("database connection lost (" + rootMessage(cause) + "); answering 503 until it is back");
        becomeUnavailable("database connection lost: " + rootMessage(cause));
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
        status = describe(status.state(), settings, type, status.reason());
        try {
            provision(settings, type);
            deployPersistenceUnit();
            if (schemaReport == null) {
                schemaReport = syncSchema(settings, type);
            }
            selectOne();
            status = describe(DatabaseState.READY, settings, type, null);
            LOG.info("database ready: " + type.id() + " " + databaseName(settings, type)
                    + (type == DbType.POSTGRESQL ? " schema " + settings.postgresqlSchema() : ""));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "database not ready (attempt " + attempts + "): " + rootMessage(e), e);
            status = describe(DatabaseState.UNAVAILABLE, settings, type, rootMessage(e));
            scheduleRetry();
        }
    }

    private void provision(DatabaseSettings settings, DbType type) throws Exception {
        switch (type) {
            case POSTGRESQL -> DatabaseProvisioner.postgres(lookup(ADMIN_DATASOURCE), lookup(APP_DATASOURCE),
                    settings.postgresqlDatabase(), settings.postgresqlSchema());
            case MYSQL -> DatabaseProvisioner.mysql(lookup(ADMIN_DATASOURCE), settings.mysqlDatabase());
            case SQLITE -> DatabaseProvisioner.sqlite(settings.sqliteFile(System::getenv));
        }
    }

    /** Forces EclipseLink to log in now, outside any transaction. */
    private void deployPersistenceUnit() throws NamingException {
        emf().createEntityManager().close();
    }

    private static EntityManagerFactory emf() throws NamingException {
        return (EntityManagerFactory) new InitialContext().lookup(PERSISTENCE_UNIT_REF);
    }

    private SchemaReport syncSchema(DatabaseSettings settings, DbType type) throws Exception {
        EntityManager em = emf().createEntityManager();
        try (Connection connection = lookup(APP_DATASOURCE).getConnection()) {
            AbstractSession session = (AbstractSession) em.unwrap(JpaEntityManager.class).getServerSession();
            return SchemaSync.run(session, connection, databaseName(settings, type),
                    type == DbType.POSTGRESQL ? settings.postgresqlSchema() : null);
        } finally {
            em.close();
        }
    }

    private void selectOne() throws Exception {
        try (Connection c = lookup(APP_DATASOURCE).getConnection(); Statement st = c.createStatement()) {
            st.setQueryTimeout(5);
            st.execute("SELECT 1");
        }
    }

    private void becomeUnavailable(String reason) {
        status = new DatabaseStatus(DatabaseState.UNAVAILABLE, status.backend(), status.configuredBackend(),
                status.database(), status.schema(), status.fallbackEnabled(), status.fallbackActive(), reason,
                Instant.now(), attempts, 1);
        scheduleRetry();
    }

    private void misconfigured(String raw, String reason) {
        LOG.severe("Botstore cannot start: " + reason + ". Fix the setting and restart the server.");
        status = new DatabaseStatus(DatabaseState.MISCONFIGURED, null, raw, null, null, false, false, reason,
                Instant.now(), attempts, MAX_BACKOFF_SECONDS);
    }

    private void scheduleRetry() {
        int delay = Math.min(MAX_BACKOFF_SECONDS, 1 << Math.min(Math.max(attempts - 1, 0), 5));
        nextAttemptAt = Instant.now().plusSeconds(delay);
        if (pendingRetry == null) {
            pendingRetry = timers.createSingleActionTimer(delay * 1000L, new TimerConfig("database-retry", false));
        }
    }

    private DatabaseStatus describe(DatabaseState state, DatabaseSettings settings, DbType type, String reason) {
        int retryAfter = (int) Math.max(1, java.time.Duration.between(Instant.now(), nextAttemptAt).toSeconds());
        return new DatabaseStatus(state, type.id(), type.id(), databaseName(settings, type),
                type == DbType.POSTGRESQL ? settings.postgresqlSchema() : null, settings.fallbackSqlite(), false,
                reason, state == status.state() ? status.since() : Instant.now(), attempts, retryAfter);
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

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String outer = failure.getMessage();
        return outer != null && !outer.equals(message) && failure instanceof NamingException
                ? outer : message.strip();
    }
}
