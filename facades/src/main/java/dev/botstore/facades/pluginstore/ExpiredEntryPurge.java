package dev.botstore.facades.pluginstore;

import dev.botstore.api.health.DatabaseMonitor;
import dev.botstore.facades.config.Settings;
import dev.botstore.facades.telemetry.OperatorMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes the rows of expired key-value entries in the background, every
 * {@code plugin_store_purge_interval_seconds} (60 by default). Expired entries are already
 * invisible to every read; this only gives their space back. It skips its turn while the database
 * is not ready, and a failed turn is logged and tried again at the next.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiredEntryPurge {

    private static final Logger LOG = Logger.getLogger(ExpiredEntryPurge.class.getName());
    static final long DEFAULT_INTERVAL_SECONDS = 60;

    @Resource
    private TimerService timers;

    @EJB
    private DatabaseMonitor database;

    @EJB
    private PluginStoreTransactions transactions;

    @Inject
    private OperatorMetrics metrics;

    @PostConstruct
    void schedule() {
        long seconds = Math.max(1, Settings.getLong("plugin_store_purge_interval_seconds", DEFAULT_INTERVAL_SECONDS));
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("plugin-store-purge", false));
    }

    @Timeout
    void purge() {
        if (!database.status().ready()) {
            return;
        }
        try {
            int purged = transactions.purgeExpired();
            if (purged > 0) {
                metrics.expiredEntriesPurged(purged);
                LOG.fine(() -> "purged " + purged + " expired key-value entries");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "purging expired key-value entries failed; trying again at the next turn: "
                    + e.getMessage(), e);
        }
    }
}
