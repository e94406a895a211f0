package dev.botstore.facades.pluginfiles;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.pluginfiles.FileCleanup;
import dev.botstore.api.pluginfiles.FileInfo;
import dev.botstore.api.pluginfiles.FileListing;
import dev.botstore.api.pluginfiles.FileRead;
import dev.botstore.api.pluginfiles.FileUsage;
import dev.botstore.api.pluginfiles.FileWrite;
import dev.botstore.api.pluginfiles.PluginFiles;
import dev.botstore.api.pluginfiles.WriteCondition;
import dev.botstore.facades.config.Settings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.InputStream;
import java.util.Optional;

/**
 * The plugin file area, {@code <data_dir>/plugin_data/<plugin key>/}. It needs no database, so it
 * has no database guard and serves files while the database is down; and it runs outside
 * transactions, whose timeout would otherwise cut long uploads short.
 *
 * <p>The settings are read on every call, so a changed limit applies at once:
 * {@code plugin_files_max_file_bytes} (per file) and {@code plugin_files_quota_bytes} (per plugin).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PLUGIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginFilesFacade implements PluginFiles {

    static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;
    static final long DEFAULT_QUOTA_BYTES = 1024L * 1024 * 1024;

    @EJB
    private FileAreaGauges gauges;

    @Override
    public FileWrite write(String plugin, String path, InputStream content, long declaredLength,
                           WriteCondition condition) {
        FileWrite written = area().write(plugin, path, content, declaredLength, condition);
        gauges.follow(plugin);
        return written;
    }

    @Override
    public Optional<FileInfo> info(String plugin, String path) {
        return area().info(plugin, path);
    }

    @Override
    public Optional<FileRead> open(String plugin, String path) {
        return area().open(plugin, path);
    }

    @Override
    public boolean delete(String plugin, String path) {
        return area().delete(plugin, path);
    }

    @Override
    public FileListing list(String plugin, String prefix, String delimiter, int limit, String cursor) {
        return area().list(plugin, prefix, delimiter, limit, cursor);
    }

    @Override
    public FileCleanup cleanUp(String plugin, String prefix, Long olderThanSeconds, boolean all) {
        return area().cleanUp(plugin, prefix, olderThanSeconds, all);
    }

    @Override
    public FileUsage usage(String plugin) {
        return area().usage(plugin);
    }

    @Override
    public FileCleanup deleteAll(String plugin) {
        FileCleanup removed = area().deleteAll(plugin);
        gauges.forget(plugin);
        return removed;
    }

    @Override
    public long maxFileBytes() {
        return Settings.getLong("plugin_files_max_file_bytes", DEFAULT_MAX_FILE_BYTES);
    }

    @Override
    public long quotaBytes() {
        return Settings.getLong("plugin_files_quota_bytes", DEFAULT_QUOTA_BYTES);
    }

    private FileArea area() {
        return new FileArea(Settings.dataDir(), maxFileBytes(), quotaBytes());
    }

}
