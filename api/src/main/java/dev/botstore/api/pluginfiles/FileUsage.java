package dev.botstore.api.pluginfiles;

/**
 * How much of the disk a plugin's file area takes.
 *
 * @param files number of files
 * @param bytes their total size
 */
public record FileUsage(long files, long bytes) {
}
