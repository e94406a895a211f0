package dev.botstore.api.pluginfiles;

/**
 * What a clean-up (or the removal of a whole file area) deleted.
 *
 * @param deleted    number of files deleted
 * @param freedBytes their total size
 */
public record FileCleanup(long deleted, long freedBytes) {
}
