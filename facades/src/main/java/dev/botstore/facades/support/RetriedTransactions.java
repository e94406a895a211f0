package dev.botstore.facades.support;

import dev.botstore.api.error.TransientConflictException;
import dev.botstore.persistence.schema.TransientFailures;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Runs one transaction of a facade again when the database reports a transient conflict, such as
 * MySQL's deadlock between concurrent upserts of one new key: callers see success, never the
 * conflict, unless every attempt met one: then a {@link TransientConflictException} (503). Inside a
 * caller's transaction a conflict is passed on as it came, not retried: that transaction is lost
 * anyway, and retrying it is the caller's part. {@link TransientFailures} says what is transient.
 *
 * <p>The retry is MicroProfile Fault Tolerance's {@code @Retry}: its MicroProfile Config properties
 * {@code Retry/maxRetries}, {@code Retry/delay} and {@code Retry/jitter} tune it (README,
 * "Configuration"). It sits on this CDI bean, not on the facade EJBs: there Liberty kept one Fault
 * Tolerance interceptor (with its Weld instance and creational contexts) on the heap per call, about
 * 48,000 after 25,000 key-value reads, until a 128 MB server ran out of heap.
 */
@ApplicationScoped
public class RetriedTransactions {

    @Resource
    TransactionSynchronizationRegistry registry;

    @Retry(retryOn = TransientConflictException.class, maxRetries = TransientFailures.MAX_ATTEMPTS - 1,
            delay = 100, jitter = 90)
    public <T> T run(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (RuntimeException e) {
            if (registry.getTransactionKey() == null && TransientFailures.isTransient(e)) {
                throw new TransientConflictException(e);
            }
            throw e;
        }
    }
}
