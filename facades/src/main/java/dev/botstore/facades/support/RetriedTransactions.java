package dev.botstore.facades.support;

import dev.botstore.api.error.TransientConflictException;
import dev.botstore.persistence.schema.TransientFailures;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * Runs one transaction of a facade again when the database
 * reports a transient conflict, such as MySQL's deadlock between concurrent upserts of one new key:
 * callers see success, never the conflict, unless every attempt met one: then a {@link
 * TransientConflictException} (503). Inside a caller's transaction it runs once, and retrying is the
 * caller's part.
 *
 * <p>Not MicroProfile Fault Tolerance's {@code @Retry}: on the facade EJBs Liberty kept one
 * Fault Tolerance interceptor (with its Weld instance and creational contexts) on the heap for every
 * call, about 48,000 after 25,000 key-value reads, until a 128 MB server ran out of heap.
 */
public final class RetriedTransactions {

    private RetriedTransactions() {
    }

    public static <T> T run(TransactionSynchronizationRegistry registry, Supplier<T> transaction) {
        if (registry.getTransactionKey() != null) {
            return transaction.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                if (attempt >= TransientFailures.MAX_ATTEMPTS) {
                    throw new TransientConflictException(e);
                }
                try {
                    Thread.sleep(TransientFailures.backoffMillis(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new TransientConflictException(e);
                }
            }
        }
    }
}
