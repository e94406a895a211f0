package dev.botstore.api.plugins;

/**
 * What removing a plugin deleted.
 *
 * @param deletedEntries key-value rows, in every scope (expired ones included)
 * @param deletedFiles   files of its file area, whose directory is gone too
 * @param freedBytes     their total size
 */
public record PluginRemoval(String plugin, long deletedEntries, long deletedFiles, long freedBytes) {
}
