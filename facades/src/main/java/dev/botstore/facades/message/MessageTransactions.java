package dev.botstore.facades.message;

import dev.botstore.facades.support.TransientConflicts;
import dev.botstore.api.message.RawMessageInput;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.message.RawMessageInserts;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;

/**
 * One container-managed transaction per message write, so that {@link MessageFacade} can validate
 * first and run a write again after a transient conflict: a batch is stored whole or not at all.
 */
@Stateless
@TransientConflicts
@LocalBean
public class MessageTransactions {

    @EJB
    private Databases databases;

    /** Stores validated raw messages; their ids in input order. */
    public List<Integer> saveRawMessages(List<RawMessageInput> messages) {
        return new RawMessageInserts(databases.entityManager()).insert(messages, Instant.now().getEpochSecond());
    }
}
