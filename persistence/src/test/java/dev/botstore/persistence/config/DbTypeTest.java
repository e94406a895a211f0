package dev.botstore.persistence.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DbTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"PGSQL|POSTGRESQL", "' pg '|POSTGRESQL", "postgres|POSTGRESQL",
            "' PostgreSQL '|POSTGRESQL", "''|POSTGRESQL", "MySQL|MYSQL", "SQLite|SQLITE"})
    void normalisesLikeTheOriginal(String raw, DbType expected) {
        assertEquals(Optional.of(expected), DbType.normalise(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"oracle", "mariadb", "sqlite3"})
    void anythingElseIsRejected(String raw) {
        assertTrue(DbType.normalise(raw).isEmpty());
        assertTrue(DbType.ACCEPTED.contains("postgresql") && DbType.ACCEPTED.contains("mysql")
                && DbType.ACCEPTED.contains("sqlite"));
    }
}
