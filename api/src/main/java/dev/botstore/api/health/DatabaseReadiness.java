package dev.botstore.api.health;

/**
 * The database state as the start-up singleton last published it, for the checks that run on
 * every request (the web module's gate, the facades' guard): a plain read of application-scoped
 * state, with no EJB call in front of it, that sees a change from the next request on.
 */
public interface DatabaseReadiness {

    DatabaseStatus status();
}
