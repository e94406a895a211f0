package dev.botstore.facades.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.botstore.api.error.TransientConflictException;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the facades' {@code @Retry} gets to see: a deadlock becomes the one type it retries on;
 * anything else, and a deadlock inside a caller's transaction, passes through as it was.
 */
class TransientConflictClassifierTest {

    static final RuntimeException DEADLOCK = new PersistenceException("flush failed",
            new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    static final RuntimeException DUPLICATE = new PersistenceException("flush failed",
            new SQLException("Duplicate entry 'x' for key 'uk_chat_content'", "23000", 1062));

    @Test
    void aDeadlockOutsideATransactionBecomesATransientConflict() {
        TransientConflictException e = assertThrows(TransientConflictException.class,
                () -> classifier(null).classify(failing(DEADLOCK)));
        assertSame(DEADLOCK, e.getCause());
    }

    @Test
    void aNonTransientFailureIsThrownAsItWas() {
        assertSame(DUPLICATE, assertThrows(RuntimeException.class, () -> classifier(null).classify(failing(DUPLICATE))));
    }

    @Test
    void aDeadlockInsideTheCallersTransactionIsLeftToTheCaller() {
        assertSame(DEADLOCK, assertThrows(RuntimeException.class,
                () -> classifier(Boolean.TRUE).classify(failing(DEADLOCK))));
    }

    @Test
    void aResultPassesThrough() throws Exception {
        assertEquals("done", classifier(null).classify(returning("done")));
    }

    /** @param callersTransaction what the facades' guard left on the transaction, if anything */
    private static TransientConflictClassifier classifier(Object callersTransaction) {
        TransientConflictClassifier classifier = new TransientConflictClassifier();
        classifier.registry = new Registry(callersTransaction);
        return classifier;
    }

    private static InvocationContext failing(RuntimeException failure) {
        return new Call(() -> {
            throw failure;
        });
    }

    private static InvocationContext returning(Object result) {
        return new Call(() -> result);
    }

    /** An invocation whose {@code proceed} runs the given work, as the facade method would. */
    private record Call(java.util.concurrent.Callable<Object> work) implements InvocationContext {
        @Override public Object proceed() throws Exception { return work.call(); }
        @Override public Object getTarget() { return null; }
        @Override public Object getTimer() { return null; }
        @Override public Method getMethod() { return null; }
        @Override public Constructor<?> getConstructor() { return null; }
        @Override public Object[] getParameters() { return new Object[0]; }
        @Override public void setParameters(Object[] params) { }
        @Override public Map<String, Object> getContextData() { return Map.of(); }
    }

    /** Outside a transaction, or inside one that the guard marked as the caller's. */
    private record Registry(Object callersTransaction) implements TransactionSynchronizationRegistry {
        @Override public Object getTransactionKey() { return null; }
        @Override public void putResource(Object key, Object value) { }
        @Override public Object getResource(Object key) {
            return TransientConflicts.CALLERS_TRANSACTION.equals(key) ? callersTransaction : null;
        }
        @Override public void registerInterposedSynchronization(Synchronization sync) { }
        @Override public int getTransactionStatus() { return 0; }
        @Override public void setRollbackOnly() { }
        @Override public boolean getRollbackOnly() { return false; }
    }
}
