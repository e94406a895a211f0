package dev.botstore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * server.env is sourced by Liberty's server script before server.xml picks the datasource file by
 * DB_TYPE and the keystore file by BOTSTORE_HTTPS: it must normalise DB_TYPE the way the original
 * normalises db_type, and turn the keystore on only when an HTTPS port is given.
 */
class ServerEnvTest {

    private static final Path SERVER_ENV = Path.of("src", "main", "liberty", "config", "server.env");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PGSQL|postgresql", "' pg '|postgresql", "postgres|postgresql", "PostgreSQL|postgresql",
            "''|postgresql", "MySQL|mysql", "' sqlite '|sqlite", "oracle|oracle"})
    void normalisesDbType(String configured, String expected) throws Exception {
        assertEquals(expected, sourced("DB_TYPE", Map.of("DB_TYPE", configured)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"HTTPS_PORT|9443|on", "https_port|9443|on", "HTTPS_PORT|-1|off",
            "HTTPS_PORT|''|off", "HTTP_PORT|9080|off"})
    void turnsTheKeystoreOnOnlyWhenAnHttpsPortIsGiven(String variable, String value, String expected)
            throws Exception {
        assertEquals(expected, sourced("BOTSTORE_HTTPS", Map.of(variable, value)));
    }

    private static String sourced(String result, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder sh = new ProcessBuilder("sh", "-c", ". \"$1\" && printf '%s' \"$" + result + "\"", "sh",
                SERVER_ENV.toAbsolutePath().toString());
        sh.environment().remove("HTTPS_PORT");
        sh.environment().remove("https_port");
        sh.environment().putAll(environment);
        Process process = sh.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        return out;
    }
}
