package dev.botstore.api.pluginfiles;

/**
 * The outcome of writing a file.
 *
 * @param created true if there was no file at the path before, false if one was replaced
 * @param file    the file as written
 */
public record FileWrite(boolean created, FileInfo file) {
}
