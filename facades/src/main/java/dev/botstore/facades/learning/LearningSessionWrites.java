package dev.botstore.facades.learning;

import dev.botstore.api.learning.LearningSessionView;
import dev.botstore.api.learning.SessionInput;
import dev.botstore.facades.database.Databases;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;

/**
 * The session upsert in a transaction of its own, so that {@link LearningFacade} can run it again when
 * the database sacrifices it to a deadlock (MySQL may, between racing first reports of one session).
 */
@Stateless
@LocalBean
public class LearningSessionWrites {

    @EJB
    private Databases databases;

    public LearningSessionView save(String sessionId, SessionInput input) {
        return new LearningRuns(databases.entityManager()).saveSession(sessionId, input);
    }
}
