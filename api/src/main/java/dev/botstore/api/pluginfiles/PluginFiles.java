package dev.botstore.api.pluginfiles;

import java.io.InputStream;
import java.util.Optional;

/**
 * The plugin file area: a directory per plugin for large or binary data. The same operations
 * serve REST callers and code inside the application. The directory is the source of truth, so
 * files put there by hand are served like uploaded ones.
 *
 * <p>Paths follow {@link FilePath}; a path that breaks a rule, or that leads out of the plugin's
 * directory through a symbolic link, is refused with
 * {@link dev.botstore.api.error.InvalidInputException} before anything is touched.
 */
public interface PluginFiles {

    /**
     * Writes a file from a stream, creating parent directories. The bytes go to a temporary file
     * next to the target, are flushed to disk and then renamed over the target in one step: a
     * reader sees the old file or the new one, never part of one, and a failed write leaves the old
     * file as it was.
     *
     * @param declaredLength the length the caller announced (HTTP {@code Content-Length}), or -1 if
     *                       unknown; a stream that ends before it is an interrupted upload
     * @throws dev.botstore.api.error.PayloadTooLargeException above the per-file limit or the plugin's quota
     * @throws dev.botstore.api.error.PreconditionFailedException if {@code condition} does not hold
     */
    FileWrite write(String plugin, String path, InputStream content, long declaredLength, WriteCondition condition);

    /** Metadata of a file; empty if there is none at the path (or it is a directory). */
    Optional<FileInfo> info(String plugin, String path);

    /** Opens a file for reading; empty if there is none. The caller closes the result. */
    Optional<FileRead> open(String plugin, String path);

    /** @return true if a file was deleted, false if there was none */
    boolean delete(String plugin, String path);

    /**
     * Lists files in path order.
     *
     * @param prefix    only paths starting with this text; empty for all
     * @param delimiter {@code "/"} to roll everything below the next {@code /} after the prefix up
     *                  into one common prefix; null or empty for a flat listing
     * @param limit     at most this many items and common prefixes together, 1 to {@value #MAX_LIST_LIMIT}
     * @param cursor    the {@link FileListing#nextCursor()} of the previous page, or null
     */
    FileListing list(String plugin, String prefix, String delimiter, int limit, String cursor);

    /**
     * Deletes the files under a prefix, optionally only those not modified for some time.
     *
     * @param olderThanSeconds only files last modified more than this long ago; null for all
     * @param all              must be true when the prefix is empty, so that wiping the whole
     *                         area is never an accident
     */
    FileCleanup cleanUp(String plugin, String prefix, Long olderThanSeconds, boolean all);

    /** Number and total size of the plugin's files. */
    FileUsage usage(String plugin);

    /** Removes the plugin's whole file area, its directory included. */
    FileCleanup deleteAll(String plugin);

    /** The largest file accepted, in bytes. */
    long maxFileBytes();

    /** The most bytes one plugin's files may take together. */
    long quotaBytes();

    int MAX_LIST_LIMIT = 1000;
}
