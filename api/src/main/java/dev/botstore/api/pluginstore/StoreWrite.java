package dev.botstore.api.pluginstore;

/** The outcome of a write: the entry as stored, and whether the write created it. */
public record StoreWrite(StoreEntry entry, boolean created) {
}
