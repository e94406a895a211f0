package dev.botstore.persistence.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.Project;

/**
 * The entity model of a persistence unit as EclipseLink holds it, from which the admin data tables
 * and the rows API derive their tables. Read through an EntityManager of the unit: a container's
 * factory wrapper cannot be unwrapped directly.
 */
public final class UnitModel {

    private UnitModel() {
    }

    public static Project project(EntityManagerFactory unit) {
        EntityManager em = unit.createEntityManager();
        try {
            return ((AbstractSession) em.unwrap(JpaEntityManager.class).getServerSession()).getProject();
        } finally {
            em.close();
        }
    }
}
