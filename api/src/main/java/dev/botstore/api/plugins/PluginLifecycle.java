package dev.botstore.api.plugins;

/** A plugin as a whole: what it holds, and removing everything it owns (when it is uninstalled). */
public interface PluginLifecycle {

    PluginUsage usage(String plugin);

    /** Deletes the plugin's key-value entries in every scope, then its file area. Other plugins are untouched. */
    PluginRemoval remove(String plugin);
}
