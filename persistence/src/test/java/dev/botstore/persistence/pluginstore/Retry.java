package dev.botstore.persistence.pluginstore;

import dev.botstore.persistence.schema.TransientFailures;
import java.util.concurrent.Callable;

/** Test-side stand-in for the facade's retry of a transaction that lost a deadlock or lock wait. */
final class Retry {

    private Retry() {
    }

    static <T> T onTransientFailure(Callable<T> work) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                if (attempt >= TransientFailures.MAX_ATTEMPTS || !TransientFailures.isTransient(e)) {
                    throw e;
                }
                Thread.sleep(TransientFailures.backoffMillis(attempt));
            }
        }
    }
}
