package dev.botstore.facades.plugins;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.pluginfiles.FileCleanup;
import dev.botstore.api.pluginfiles.FileUsage;
import dev.botstore.api.pluginfiles.PluginFiles;
import dev.botstore.api.plugins.PluginLifecycle;
import dev.botstore.api.plugins.PluginRemoval;
import dev.botstore.api.plugins.PluginUsage;
import dev.botstore.api.pluginstore.PluginStore;
import dev.botstore.api.pluginstore.PluginStoreRules;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The plugin as a whole, over both of its stores. The key-value entries go first: their delete is
 * one transaction, so if it fails (the database is down) nothing is removed at all, and the files
 * are only deleted once the entries are gone.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PLUGIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginLifecycleFacade implements PluginLifecycle {

    @EJB
    private PluginStore store;

    @EJB
    private PluginFiles files;

    @Override
    public PluginUsage usage(String plugin) {
        PluginStoreRules.checkPluginKey(plugin);
        FileUsage disk = files.usage(plugin);
        return new PluginUsage(plugin, store.countEntries(plugin), disk.files(), disk.bytes());
    }

    @RolesAllowed(Roles.ADMIN)
    @Override
    public PluginRemoval remove(String plugin) {
        PluginStoreRules.checkPluginKey(plugin);
        long entries = store.deletePlugin(plugin);
        FileCleanup removed = files.deleteAll(plugin);
        return new PluginRemoval(plugin, entries, removed.deleted(), removed.freedBytes());
    }
}
