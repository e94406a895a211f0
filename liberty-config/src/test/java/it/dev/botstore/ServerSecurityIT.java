package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.ItDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runnable server, started with Liberty's server script as an operator starts it and with no
 * admin_api_key: on a fresh database of each backend it writes one admin key to
 * {@code <data_dir>/admin.key}, readable by its owner only, logs the file and never the key, and a
 * second start leaves the file alone. With https_port and a keystore it answers over TLS.
 */
class ServerSecurityIT {

    private static final Path WLP = Path.of("target", "liberty", "wlp").toAbsolutePath();
    private static final Path LOG = WLP.resolve("usr/servers/botstore/logs/messages.log");
    private static final int PORT = 9093;
    private static final int TLS_PORT = 9094;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void databasesAreUp() {
        ItDatabase.require();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mysql"})
    void theFirstStartWritesOneAdminKeyForItsOwnerAndTheNextStartKeepsIt(String backend, @TempDir Path data)
            throws Exception {
        String database = "botstore_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, String> env = new HashMap<>(Map.of("DB_TYPE", backend, "HTTP_PORT", Integer.toString(PORT),
                "DATA_DIR", data.toString(), "POSTGRESQL_HOST", ItDatabase.PG, "POSTGRESQL_DATABASE", database,
                "MYSQL_HOST", ItDatabase.MYSQL, "MYSQL_DATABASE", database));
        Path keyFile = data.resolve("admin.key");
        try {
            server("start", env);
            awaitReady("http://localhost:" + PORT, HttpClient.newHttpClient());
            assertTrue(Files.exists(keyFile), "no " + keyFile);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
            String key = Files.readString(keyFile).strip();
            assertTrue(key.startsWith("bst_"), "a Botstore key");
            String log = Files.readString(LOG);
            assertTrue(log.contains(keyFile.toString()), "the log names the file");
            assertFalse(log.contains(key), "the log never holds the key");
            String keys = listKeys(key);
            assertTrue(keys.contains("\"name\":\"bootstrap-admin\""), keys);
            FileTime written = Files.getLastModifiedTime(keyFile);
            server("stop", env);

            server("start", env);
            awaitReady("http://localhost:" + PORT, HttpClient.newHttpClient());
            assertEquals(key, Files.readString(keyFile).strip(), "the second start keeps the key");
            assertEquals(written, Files.getLastModifiedTime(keyFile));
            assertEquals(1, listKeys(key).split("\"id\":").length - 1, "still one key");
        } finally {
            server("stop", env);
            drop(backend, database);
        }
    }

    @Test
    void withHttpsPortAndAKeystoreTheApiAnswersOverTls(@TempDir Path data) throws Exception {
        Path keystore = data.resolve("tls.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "botstore", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "it-secret-pass").inheritIO().start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, "keytool made a keystore");
        Map<String, String> env = Map.of("DB_TYPE", "sqlite", "HTTP_PORT", Integer.toString(PORT),
                "HTTPS_PORT", Integer.toString(TLS_PORT), "KEYSTORE_PATH", keystore.toString(),
                "KEYSTORE_PASSWORD", "it-secret-pass", "DATA_DIR", data.toString(),
                "ALLOWED_HOSTS", "localhost:" + PORT + ",localhost:" + TLS_PORT, "ADMIN_API_KEY", "bst_tls-it-admin");
        try {
            server("start", env);
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                trusted.load(in, "it-secret-pass".toCharArray());
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
            awaitReady("https://localhost:" + TLS_PORT, client);
            HttpResponse<String> keys = client.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + TLS_PORT + "/api/v1/admin/keys"))
                    .header("Authorization", "Bearer bst_tls-it-admin").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, keys.statusCode(), keys.body());
            assertFalse(Files.exists(data.resolve("admin.key")), "with admin_api_key set, no key file is written");
        } finally {
            server("stop", env);
        }
    }

    private static String listKeys(String key) throws Exception {
        HttpResponse<String> keys = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT
                + "/api/v1/admin/keys")).header("Authorization", "Bearer " + key).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, keys.statusCode(), keys.body());
        return keys.body();
    }

    private static void drop(String backend, String database) throws Exception {
        if (backend.equals("postgresql")) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + ItDatabase.PG + ":5432/postgres",
                    "postgres", ""); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } else if (backend.equals("mysql")) {
            try (Connection c = DriverManager.getConnection("jdbc:mysql://" + ItDatabase.MYSQL + ":3306/?sslMode=DISABLED", "root", "");
                 Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    private static void server(String action, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, "botstore")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        script.environment().remove("ADMIN_API_KEY"); // the test server's, which this test must not inherit
        script.environment().putAll(env);
        Process process = script.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "server " + action + " finished in time");
    }

    private static void awaitReady(String base, HttpClient client) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within 120 s; last answer: " + (last == null ? "none" : last.body()));
    }
}
