package dev.botstore.facades.database;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import dev.botstore.persistence.support.UnitModel;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceContexts;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.PersistenceUnits;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.Project;
import javax.sql.DataSource;

/**
 * Which persistence unit serves the application: {@code botstore} on the configured database, or
 * {@code botstore-fallback} on SQLite once start-up has fallen back (opt-in, PostgreSQL only).
 *
 * <p>The units are declared as module-wide references and looked up when needed, never injected:
 * a unit whose datasource is not configured (the fallback on MySQL, anything with an unknown
 * {@code db_type}) cannot be created, and an injection would fail the deployment. Each is looked up
 * once: the container's transaction-scoped EntityManager is a thread-safe handle that joins
 * whichever transaction its caller runs in, so one lookup serves every call.
 */
@Singleton
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PersistenceUnits({
        @PersistenceUnit(name = Databases.MAIN_UNIT, unitName = "botstore"),
        @PersistenceUnit(name = Databases.FALLBACK_UNIT, unitName = "botstore-fallback")})
@PersistenceContexts({
        @PersistenceContext(name = Databases.MAIN_CONTEXT, unitName = "botstore"),
        @PersistenceContext(name = Databases.FALLBACK_CONTEXT, unitName = "botstore-fallback")})
public class Databases {

    static final String MAIN_UNIT = "java:module/env/persistence/botstore-unit";
    static final String FALLBACK_UNIT = "java:module/env/persistence/botstore-fallback-unit";
    static final String MAIN_CONTEXT = "java:module/env/persistence/botstore";
    static final String FALLBACK_CONTEXT = "java:module/env/persistence/botstore-fallback";
    static final String MAIN_DATASOURCE = "jdbc/botstore";
    static final String FALLBACK_DATASOURCE = "jdbc/botstore-fallback";

    // Methods are public: an EJB no-interface view only forwards public business methods.
    private volatile boolean fallback;
    private final Map<String, Object> handles = new ConcurrentHashMap<>();
    private final Map<Boolean, SqlDialect> dialects = new ConcurrentHashMap<>();
    private final Map<Boolean, InUse> inUse = new ConcurrentHashMap<>();
    private volatile Project model;

    @Inject
    private DatabaseInUse published;

    /** The transaction-scoped EntityManager of the unit in use, for the caller's transaction. */
    public EntityManager entityManager() {
        return (EntityManager) handle(fallback ? FALLBACK_CONTEXT : MAIN_CONTEXT);
    }

    public EntityManagerFactory entityManagerFactory() {
        return (EntityManagerFactory) handle(fallback ? FALLBACK_UNIT : MAIN_UNIT);
    }

    /**
     * The entity model as EclipseLink holds it, from which the admin data tables and the rows API
     * derive their tables. Both units map the same entities, so the first one projected serves.
     */
    public Project entityModel() {
        Project known = model;
        if (known == null) {
            known = UnitModel.project(entityManagerFactory());
            model = known;
        }
        return known;
    }

    /**
     * The datasource and the SQL dialect (read from EclipseLink's platform) of the unit in use, in
     * one call. Kept per unit once both are known, and published to {@link DatabaseInUse}, where
     * work on every request reads them.
     */
    public InUse inUse() {
        boolean inFallback = fallback;
        InUse known = inUse.get(inFallback);
        if (known == null) {
            known = new InUse((DataSource) handle(inFallback ? FALLBACK_DATASOURCE : MAIN_DATASOURCE),
                    dialect(inFallback));
            inUse.put(inFallback, known);
        }
        publishIfStillInUse(inFallback, known);
        return known;
    }

    /** Never publishes the unit that a concurrent {@link #useFallback} has just switched away from. */
    private synchronized void publishIfStillInUse(boolean unit, InUse resolved) {
        if (unit == fallback) {
            published.publish(resolved);
        }
    }

    private SqlDialect dialect(boolean inFallback) {
        return dialects.computeIfAbsent(inFallback, unit -> {
            EntityManager em = ((EntityManagerFactory) handle(unit ? FALLBACK_UNIT : MAIN_UNIT)).createEntityManager();
            try {
                return SqlDialect.of(em.unwrap(JpaEntityManager.class).getServerSession().getPlatform());
            } finally {
                em.close();
            }
        });
    }

    public String dataSourceName() {
        return fallback ? FALLBACK_DATASOURCE : MAIN_DATASOURCE;
    }

    public boolean fallbackActive() {
        return fallback;
    }

    public synchronized void useFallback(boolean fallback) {
        this.fallback = fallback;
        published.publish(null);
    }

    /** A failed lookup is not kept: the unit may become available later (the database comes up). */
    private Object handle(String name) {
        return handles.computeIfAbsent(name, Databases::lookup);
    }

    private static Object lookup(String name) {
        try {
            return new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("cannot look up " + name, e);
        }
    }

    /** A datasource and the dialect of its backend. */
    public record InUse(DataSource dataSource, SqlDialect dialect) {

        /** The backend, which decides the SQL of work on a plain connection. */
        public DbType type() {
            return dialect.type();
        }
    }
}
