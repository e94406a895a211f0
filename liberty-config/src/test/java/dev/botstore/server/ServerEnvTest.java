package dev.botstore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * server.env is sourced by Liberty's server script before server.xml picks the datasource file by
 * DB_TYPE: it must normalise DB_TYPE the way the original normalises db_type.
 */
class ServerEnvTest {

    private static final Path SERVER_ENV = Path.of("src", "main", "liberty", "config", "server.env");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PGSQL|postgresql", "' pg '|postgresql", "postgres|postgresql", "PostgreSQL|postgresql",
            "''|postgresql", "MySQL|mysql", "' sqlite '|sqlite", "oracle|oracle"})
    void normalisesDbType(String configured, String expected) throws Exception {
        assertEquals(expected, sourced(configured));
    }

    private static String sourced(String dbType) throws IOException, InterruptedException {
        ProcessBuilder sh = new ProcessBuilder("sh", "-c", ". \"$1\" && printf '%s' \"$DB_TYPE\"", "sh",
                SERVER_ENV.toAbsolutePath().toString());
        sh.environment().put("DB_TYPE", dbType);
        Process process = sh.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        return out;
    }
}
