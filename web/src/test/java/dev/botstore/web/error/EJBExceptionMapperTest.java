package dev.botstore.web.error;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.botstore.api.error.DatabaseNotReadyException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import org.junit.jupiter.api.Test;

class EJBExceptionMapperTest {

    @Test
    void findsABotstoreExceptionDeepInTheChain() {
        DatabaseNotReadyException notReady = new DatabaseNotReadyException("down", 5);
        EJBException failure = new EJBTransactionRolledbackException("rolled back",
                new RuntimeException("wrapper", notReady));

        assertSame(notReady, EJBExceptionMapper.cause(failure));
    }

    @Test
    void otherwiseTheFirstCauseThatIsNoEjbWrapper() {
        IllegalStateException bug = new IllegalStateException("bug");
        EJBException failure = new EJBException(new EJBTransactionRolledbackException("rolled back", bug));

        assertSame(bug, EJBExceptionMapper.cause(failure));
    }

    @Test
    void noCauseAtAll() {
        assertNull(EJBExceptionMapper.cause(new EJBException("bare")));
    }
}
