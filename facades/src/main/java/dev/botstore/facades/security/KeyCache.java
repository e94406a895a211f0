package dev.botstore.facades.security;

import dev.botstore.api.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recently checked keys, so that a busy client costs one key lookup every {@link #TTL_NANOS}
 * instead of one per request. A revocation on this instance empties the cache at once; another
 * instance sharing the database sees it when its entry ages out, within two seconds. An aged entry
 * stays until then, as the last check of its key ({@link #last}).
 *
 * <p>Memory only, so a CDI bean rather than an EJB: every authenticated request asks here, and a
 * call through a singleton EJB's proxy (container pre- and post-invoke, transaction attribute)
 * cost more than the map lookup it guarded.
 */
@ApplicationScoped
public class KeyCache {

    static final long TTL_NANOS = 2_000_000_000L;
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, long checkedAt) {
    }

    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

    public Optional<Caller> get(String hash) {
        Entry entry = byHash.get(hash);
        if (entry == null || System.nanoTime() - entry.checkedAt() > TTL_NANOS) {
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    /**
     * The entry however old. A revocation here clears it, and one on another instance removes it
     * at this instance's next check of the key ({@link #remove}).
     */
    public Optional<Caller> last(String hash) {
        return Optional.ofNullable(byHash.get(hash)).map(Entry::caller);
    }

    public void put(String hash, Caller caller) {
        if (byHash.size() >= MAX_ENTRIES) {
            byHash.clear(); // only live keys are cached, so this bound is only reached under a flood of them
        }
        byHash.put(hash, new Entry(caller, System.nanoTime()));
    }

    public void remove(String hash) {
        byHash.remove(hash);
    }

    public void clear() {
        byHash.clear();
    }
}
