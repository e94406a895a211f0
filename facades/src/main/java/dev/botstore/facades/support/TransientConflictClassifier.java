package dev.botstore.facades.support;

import dev.botstore.api.error.TransientConflictException;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.schema.TransientFailures;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Turns a failure that {@link TransientFailures} calls transient into a {@link
 * TransientConflictException}, the one type the facades' {@code @Retry} retries on. It stands on
 * the transaction beans, not on the facades: Liberty runs the interceptors inside Fault Tolerance's
 * only on the first attempt, while each attempt calls the transaction bean afresh. It flushes before
 * the transaction bean returns, so that a conflict shows here and not at the commit after it. A
 * transaction the facade's caller began is left alone: it is lost anyway, and retrying is the
 * caller's part.
 */
@TransientConflicts
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TransientConflictClassifier {

    @Resource
    TransactionSynchronizationRegistry registry;

    @EJB
    Databases databases;

    @AroundInvoke
    public Object classify(InvocationContext call) throws Exception {
        try {
            Object result = call.proceed();
            if (registry.getTransactionKey() != null) {
                databases.entityManager().flush();
            }
            return result;
        } catch (RuntimeException e) {
            if (registry.getResource(TransientConflicts.CALLERS_TRANSACTION) == null
                    && TransientFailures.isTransient(e)) {
                throw new TransientConflictException(e);
            }
            throw e;
        }
    }
}
