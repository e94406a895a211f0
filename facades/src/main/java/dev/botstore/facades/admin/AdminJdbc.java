package dev.botstore.facades.admin;

import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.admin.DataTable;
import dev.botstore.persistence.admin.DataTables;
import dev.botstore.persistence.config.DbType;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.Project;

/**
 * Plain JDBC on the database in use, for the admin and metrics work that is table-level rather
 * than entity-level (bulk deletes, counts, streaming export and import). Callers run without a
 * container transaction and manage the connection's own transactions.
 */
public final class AdminJdbc {

    private static volatile List<DataTable> model;

    private AdminJdbc() {
    }

    public static Connection connection(Databases databases) throws SQLException {
        return databases.dataSource().getConnection();
    }

    public static DbType type(Databases databases) {
        return databases.dialect().type();
    }

    /** The tables of the entity model, parents first (the same on every backend, so computed once). */
    public static List<DataTable> tables(Databases databases) {
        List<DataTable> tables = model;
        if (tables == null) {
            tables = DataTables.parentsFirst(project(databases));
            model = tables;
        }
        return tables;
    }

    /** The entity model of the unit in use, as EclipseLink holds it. */
    public static Project project(Databases databases) {
        return session(databases).getProject();
    }

    /** An unexpected database failure: a 500 carrying the database's reason. */
    public static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(what + " failed: " + e.getMessage(), e);
    }

    /** The unit's session, for its model and platform (Liberty's factory wrapper cannot be unwrapped directly). */
    private static AbstractSession session(Databases databases) {
        EntityManager em = databases.entityManagerFactory().createEntityManager();
        try {
            return (AbstractSession) em.unwrap(JpaEntityManager.class).getServerSession();
        } finally {
            em.close();
        }
    }
}
