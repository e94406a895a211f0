package it.dev.botstore.selflearning;

import static it.dev.botstore.selflearning.Community.object;
import static it.dev.botstore.selflearning.Community.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The facades' retry, seen from outside: a trigger on {@code jargon} makes the database refuse the
 * first writes of a probe chat with a given SQLState, and counts them in a sequence, which no
 * rollback undoes. A transient refusal is retried (MicroProfile Fault Tolerance's {@code @Retry} on
 * the facades' {@code RetriedTransactions}) until it passes or the attempts are used up; any other is
 * answered at once.
 * PostgreSQL and MariaDB (SQLite has no counter a rollback leaves alone).
 */
class TransientConflictRetryIT extends DeployedBotstore {

    private static final String PROBE = "retry-probe";

    @AfterEach
    void dropTheTrigger() throws SQLException {
        if (!ItDatabase.backend().equals("sqlite")) {
            execute(mysql() ? "DROP TRIGGER IF EXISTS retry_probe" : "DROP TRIGGER IF EXISTS retry_probe ON jargon",
                    mysql() ? "SELECT 1" : "DROP FUNCTION IF EXISTS retry_probe()",
                    "DROP SEQUENCE IF EXISTS retry_probe_attempts");
        }
    }

    @Test
    void twoDeadlocksInARowAreRetriedAwayAndTheTermIsLearnedOnce() throws SQLException {
        refuse("INSERT", "40001", 2);

        HttpResponse<String> learned = learn(unique(PROBE));

        assertEquals("term", object(learned, 200).getString("content"));
        assertEquals(3, attempts(), "two refused attempts and the one that passed");
    }

    @Test
    void aConflictOnEveryAttemptEndsAfterEightAttemptsAs503WithRetryAfter() throws SQLException {
        refuse("INSERT", "40001", 1000);

        HttpResponse<String> refused = learn(unique(PROBE));

        JsonObject problem = object(refused, 503);
        assertEquals("Transient conflict", problem.getString("title"));
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        assertEquals(8, attempts(), "every attempt the facade makes");
    }

    @Test
    void aFailureThatIsNotTransientIsAnsweredAtOnce() throws SQLException {
        String chat = unique(PROBE);
        int id = object(learn(chat), 200).getInt("id");
        refuse("UPDATE", mysql() ? "23000" : "23505", 1000); // as if another entry held the new content

        HttpResponse<String> taken = Http.patchJson("/api/v1/jargon/entries/" + id, "{\"content\": \"other\"}");

        assertEquals("Conflict", object(taken, 409).getString("title"));
        assertEquals(1, attempts(), "one attempt only");
    }

    private static HttpResponse<String> learn(String chat) {
        return Http.putJson("/api/v1/jargon/terms", "{\"chat_id\": \"" + chat + "\", \"content\": \"term\"}");
    }

    /** Makes the first {@code times} {@code event}s on {@code jargon} of a probe chat fail with {@code sqlState}. */
    private static void refuse(String event, String sqlState, int times) throws SQLException {
        assumeFalse(ItDatabase.backend().equals("sqlite"), "SQLite rolls every counter back");
        if (mysql()) {
            execute("CREATE SEQUENCE retry_probe_attempts NOCACHE",
                    "CREATE TRIGGER retry_probe BEFORE " + event + " ON jargon FOR EACH ROW BEGIN"
                            + " IF NEW.chat_id LIKE '" + PROBE + "%' THEN"
                            + " IF NEXTVAL(retry_probe_attempts) <= " + times + " THEN"
                            + " SIGNAL SQLSTATE '" + sqlState + "' SET MESSAGE_TEXT = 'refused by the test';"
                            + " END IF; END IF; END");
        } else {
            String sequence = schema() + ".retry_probe_attempts"; // whatever the server's search path
            execute("CREATE SEQUENCE " + sequence,
                    "CREATE FUNCTION retry_probe() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            + " IF NEW.chat_id LIKE '" + PROBE + "%' THEN"
                            + " IF nextval('" + sequence + "') <= " + times + " THEN"
                            + " RAISE EXCEPTION 'refused by the test' USING ERRCODE = '" + sqlState + "';"
                            + " END IF; END IF; RETURN NEW; END $$",
                    "CREATE TRIGGER retry_probe BEFORE " + event + " ON jargon FOR EACH ROW EXECUTE FUNCTION retry_probe()");
        }
    }

    /** How often the trigger ran, rolled back or not. */
    private static long attempts() throws SQLException {
        try (Connection c = ItDatabase.connect(ItDatabase.name()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(mysql() ? "SELECT next_not_cached_value - 1 FROM retry_probe_attempts"
                     : "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM retry_probe_attempts")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String schema() throws SQLException {
        try (Connection c = ItDatabase.connect(ItDatabase.name()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT current_schema()")) {
            r.next();
            return r.getString(1);
        }
    }

    private static boolean mysql() {
        return ItDatabase.backend().equals("mysql");
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection c = ItDatabase.connect(ItDatabase.name()); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
