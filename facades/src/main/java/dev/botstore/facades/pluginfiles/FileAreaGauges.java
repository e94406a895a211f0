package dev.botstore.facades.pluginfiles;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.pluginstore.PluginStoreRules;
import dev.botstore.facades.config.Settings;
import dev.botstore.facades.telemetry.OperatorMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The {@code botstore_files_bytes} gauge of each plugin: every file area found on disk at start-up,
 * and each new one from its first upload on. The bytes are counted when Prometheus scrapes, by the
 * same walk as the usage call, so the number is never stale; a removed plugin's gauge goes with it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FileAreaGauges {

    private static final Logger LOG = Logger.getLogger(FileAreaGauges.class.getName());

    @Inject
    private OperatorMetrics metrics;

    @PostConstruct
    void followExistingAreas() {
        Path areas = Settings.dataDir().resolve("plugin_data");
        if (!Files.isDirectory(areas)) {
            return;
        }
        try (DirectoryStream<Path> plugins = Files.newDirectoryStream(areas, Files::isDirectory)) {
            for (Path plugin : plugins) {
                String name = plugin.getFileName().toString();
                try {
                    PluginStoreRules.checkPluginKey(name);
                    follow(name);
                } catch (InvalidInputException notAPluginsArea) {
                    LOG.fine(() -> "no gauge for " + plugin + ": not named like a plugin");
                }
            }
        } catch (IOException e) {
            LOG.warning("could not list the plugin file areas for their gauges: " + e.getMessage());
        }
    }

    public void follow(String plugin) {
        metrics.fileArea(plugin, () -> new FileArea(Settings.dataDir(), 0, 0) /* limits play no part in counting */.usage(plugin).bytes());
    }

    public void forget(String plugin) {
        metrics.forgetFileArea(plugin);
    }
}
