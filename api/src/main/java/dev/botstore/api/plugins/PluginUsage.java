package dev.botstore.api.plugins;

/**
 * What a plugin holds: its live key-value entries (all scopes) and its file area.
 *
 * @param entries live key-value entries
 * @param files   files in its file area
 * @param bytes   their total size
 */
public record PluginUsage(String plugin, long entries, long files, long bytes) {
}
