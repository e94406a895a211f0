package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The original's pool_pre_ping: a connection the database has dropped while it sat in the pool (a
 * restart, an idle timeout, a proxy) is found out before a request uses it, so no request fails
 * for it. Run on PostgreSQL and MySQL, whose servers can drop a session; SQLite has none.
 */
class PooledConnectionsIT extends DeployedBotstore {

    @Test
    void requestsRightAfterTheDatabaseDroppedThePooledConnectionsSucceed() throws Exception {
        for (int i = 0; i < 4; i++) { // fill the pool beyond its minimum
            assertEquals(200, Http.get("/api/v1/jargon/entries/count").statusCode());
        }
        int dropped = dropServerSessions();
        assertTrue(dropped > 0, "the server had pooled connections to drop");

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(Http.get("/api/v1/jargon/entries/count"));
        }
        for (HttpResponse<String> answer : answers) {
            assertEquals(200, answer.statusCode(), answer.body());
        }
    }

    /** Ends every other session on the test database, as a database restart would; returns how many. */
    private static int dropServerSessions() throws Exception {
        try (Connection db = ItDatabase.connect(ItDatabase.name())) {
            if (ItDatabase.backend().equals("postgresql")) {
                try (PreparedStatement kill = db.prepareStatement("SELECT pg_terminate_backend(pid) FROM"
                        + " pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                    kill.setString(1, ItDatabase.name());
                    int count = 0;
                    try (ResultSet rows = kill.executeQuery()) {
                        while (rows.next()) {
                            count++;
                        }
                    }
                    return count;
                }
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement sessions = db.prepareStatement("SELECT ID FROM information_schema.PROCESSLIST"
                    + " WHERE DB = ? AND ID <> CONNECTION_ID()")) {
                sessions.setString(1, ItDatabase.name());
                try (ResultSet rows = sessions.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            try (Statement kill = db.createStatement()) {
                for (long id : ids) {
                    kill.execute("KILL " + id);
                }
            }
            return ids.size();
        }
    }
}
