package dev.botstore.persistence.support;

import dev.botstore.persistence.schema.TransientFailures;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The tests' stand-in for the facades' retry (MicroProfile Fault Tolerance in the server): a
 * transaction that lost a deadlock or a lock wait is run again after a short random pause, any
 * other failure is thrown at once.
 */
public final class TransientRetry {

    private TransientRetry() {
    }

    public static <T> T onTransientFailure(int maxAttempts, Callable<T> work) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts || !TransientFailures.isTransient(e)) {
                    throw e;
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 200));
            }
        }
    }
}
