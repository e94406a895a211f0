package dev.botstore.facades.security;

import dev.botstore.facades.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Says so at start when the server listens beyond the loopback interface over plain HTTP: API keys
 * would then cross the network readable by anyone on the way.
 */
@Singleton
@Startup
public class ExposureCheck {

    private static final Logger LOG = Logger.getLogger(ExposureCheck.class.getName());
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    @PostConstruct
    void warnWhenExposedWithoutTls() {
        String host = Settings.get("http_host", "localhost").strip();
        if (!LOOPBACK.contains(host) && Settings.getLong("https_port", -1) < 0) {
            LOG.warning("Botstore listens on " + host + " (not only the loopback interface) without TLS: API keys"
                    + " and data cross the network in clear text. Set https_port with a keystore, or put a TLS proxy"
                    + " in front and keep http_host=localhost.");
        }
    }
}
