package dev.botstore.api.pluginfiles;

import java.time.Instant;

/**
 * What is known of one file of a plugin's file area without reading it.
 *
 * @param path         the file's path relative to the plugin's root, {@code /}-separated
 * @param size         bytes
 * @param lastModified modification time
 * @param etag         strong entity tag, without the quotes HTTP puts around it; it changes with every write
 * @param contentType  media type guessed from the file name
 */
public record FileInfo(String path, long size, Instant lastModified, String etag, String contentType) {
}
