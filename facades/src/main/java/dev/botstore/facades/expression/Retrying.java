package dev.botstore.facades.expression;

import dev.botstore.persistence.schema.TransientFailures;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * Runs a unit of work that opens its own transaction again after a transient failure (a deadlock
 * victim of a concurrent upsert, SQLite busy). Inside a caller's transaction it runs once: that
 * transaction is the caller's to retry.
 */
public final class Retrying {

    private Retrying() {
    }

    public static <T> T run(TransactionSynchronizationRegistry registry, Supplier<T> work) {
        if (registry.getTransactionKey() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= TransientFailures.MAX_ATTEMPTS || !TransientFailures.isTransient(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(TransientFailures.backoffMillis(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
