package dev.botstore.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.botstore.api.error.BotstoreException;
import dev.botstore.api.error.DatabaseNotReadyException;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.PayloadTooLargeException;
import dev.botstore.api.error.ConflictException;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.error.PreconditionFailedException;
import dev.botstore.api.error.RangeNotSatisfiableException;
import dev.botstore.api.error.TransientConflictException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class BotstoreExceptionMapperTest {

    private static final String PATH = "/botstore/api/v1/plugins/alice.weather/store/k";

    @Test
    void invalidInputIs400NamingTheField() {
        Problem p = BotstoreExceptionMapper.problem(new InvalidInputException("chat_key", "too long"), PATH);

        assertEquals(400, p.status());
        assertEquals("Invalid input", p.title());
        assertEquals(Problems.TYPE_PREFIX + "invalid-input", p.type());
        assertEquals("too long", p.detail());
        assertEquals(PATH, p.instance());
        assertEquals(List.of(new Problem.FieldError("chat_key", "too long")), p.errors());
        assertNull(p.retryAfter());
        assertNull(p.errorId());
    }

    @Test
    void payloadTooLargeIs413() {
        Problem p = BotstoreExceptionMapper.problem(new PayloadTooLargeException("over 1 MiB", 1 << 20), PATH);

        assertEquals(413, p.status());
        assertEquals("Payload too large", p.title());
        assertEquals("over 1 MiB", p.detail());
        assertNull(p.errors());
        assertEquals(Map.of(), Problems.headers(p));
    }

    @Test
    void preconditionFailedIs412() {
        PreconditionFailedException failure = new PreconditionFailedException("If-Match does not match");
        Problem p = BotstoreExceptionMapper.problem(failure, PATH);

        assertEquals(412, p.status());
        assertEquals(Problems.TYPE_PREFIX + "precondition-failed", p.type());
        assertEquals(Map.of(), BotstoreExceptionMapper.headers(failure));
    }

    @Test
    void aMissingRecordIs404AndAConflictingStateIs409() {
        Problem missing = BotstoreExceptionMapper.problem(new NotFoundException("no persona backup 7 in group g1"), PATH);
        assertEquals(404, missing.status());
        assertEquals(Problems.TYPE_PREFIX + "not-found", missing.type());
        assertEquals("no persona backup 7 in group g1", missing.detail());

        Problem conflict = BotstoreExceptionMapper.problem(new ConflictException("the database holds data"), PATH);
        assertEquals(409, conflict.status());
        assertEquals(Problems.TYPE_PREFIX + "conflict", conflict.type());
    }

    @Test
    void rangeNotSatisfiableIs416WithTheSizeInContentRange() {
        RangeNotSatisfiableException failure = new RangeNotSatisfiableException("past the end", 1234);
        Problem p = BotstoreExceptionMapper.problem(failure, PATH);

        assertEquals(416, p.status());
        assertEquals(Problems.TYPE_PREFIX + "range-not-satisfiable", p.type());
        assertEquals(Map.of("Content-Range", "bytes */1234"), BotstoreExceptionMapper.headers(failure));
    }

    @Test
    void databaseNotReadyIs503WithRetryAfter() {
        Problem p = BotstoreExceptionMapper.problem(new DatabaseNotReadyException("starting", 7), PATH);

        assertEquals(503, p.status());
        assertEquals("Database not ready", p.title());
        assertEquals(7, p.retryAfter());
        assertEquals(Map.of("Retry-After", "7"), Problems.headers(p));
    }

    @Test
    void aConflictThatOutlastedEveryRetryIs503WithRetryAfterAndNoSql() {
        SQLException deadlock = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
        Problem p = BotstoreExceptionMapper.problem(new TransientConflictException(deadlock), PATH);

        assertEquals(503, p.status());
        assertEquals("Transient conflict", p.title());
        assertEquals(1, p.retryAfter());
        assertFalse(p.detail().contains("Deadlock"), p.detail());
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        Problem p = BotstoreExceptionMapper.problem(new DatabaseNotReadyException("down", 0), PATH);

        assertEquals(1, p.retryAfter());
        assertEquals("1", Problems.headers(p).get("Retry-After"));
    }

    @Test
    void unknownKindIs400WithItsOwnTitle() {
        BotstoreException other = new BotstoreException("quota used up") {
            @Override
            public String title() {
                return "Quota exceeded";
            }
        };

        Logger log = Logger.getLogger(BotstoreExceptionMapper.class.getName());
        boolean parents = log.getUseParentHandlers();
        log.setUseParentHandlers(false); // the "no status of its own" warning is expected here
        Problem p;
        try {
            p = BotstoreExceptionMapper.problem(other, null);
        } finally {
            log.setUseParentHandlers(parents);
        }

        assertEquals(400, p.status());
        assertEquals("Quota exceeded", p.title());
        assertEquals(Problems.TYPE_PREFIX + "quota-exceeded", p.type());
        assertEquals("quota used up", p.detail());
        assertNull(p.instance());
    }
}
