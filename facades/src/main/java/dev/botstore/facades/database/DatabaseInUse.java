package dev.botstore.facades.database;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.ConnectionWork;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The datasource and dialect of the unit in use as {@link Databases} last resolved them, where the
 * key-value store reads them on every request without a call through the singleton's EJB proxy
 * (container pre- and post-invoke for what is a field read). Databases publishes here when it
 * resolves the unit in use and clears it when it switches units; a reader that finds nothing asks
 * Databases, which resolves and publishes.
 */
@ApplicationScoped
public class DatabaseInUse {

    @EJB
    private Databases databases;

    private volatile Databases.InUse current;

    public Databases.InUse get() {
        Databases.InUse known = current;
        return known != null ? known : databases.inUse();
    }

    /**
     * Table-level work on one connection of its own of the database in use, told that backend's
     * type: the one way admin, metrics and the rows API reach their statements.
     */
    public <T> T run(String what, Work<T> work) {
        Databases.InUse database = get();
        return ConnectionWork.run(database.dataSource(), what, connection -> work.on(connection, database.type()));
    }

    void publish(Databases.InUse inUse) {
        current = inUse;
    }

    /** Statements on one connection of a backend. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection, DbType type) throws SQLException;
    }
}
