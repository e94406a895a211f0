package dev.botstore.facades.expression;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one save of a natural key at a time into the database from this server. The database lock
 * ({@code NaturalKeyLock}) keeps several servers apart; this keeps the saves of one server from
 * each holding a pooled connection while they queue for that lock (on SQLite, for its single
 * writer), so a burst of saves of one key cannot exhaust the pool.
 */
public final class KeyLocks {

    private static final ReentrantLock[] STRIPES = new ReentrantLock[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new ReentrantLock();
        }
    }

    private KeyLocks() {
    }

    public static <T> T withKey(String key, Supplier<T> work) {
        ReentrantLock lock = STRIPES[Math.floorMod(key.hashCode(), STRIPES.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
