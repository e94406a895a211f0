package dev.botstore.api.pluginstore;

import java.util.List;

/**
 * One page of a scope's keys in key order. {@code nextCursor} continues after the last item, or is
 * null when there is nothing more; a key that exists throughout a listing appears exactly once,
 * however many writes happen between pages.
 */
public record StorePage(List<StoreEntry> items, String nextCursor) {
}
