package dev.botstore.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

    private static final String SECRET = "password=hunter2 at jdbc:postgresql://db:5432/botstore";

    private final Logger log = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private boolean parentHandlers;

    @BeforeEach
    void captureLog() {
        parentHandlers = log.getUseParentHandlers();
        log.setUseParentHandlers(false); // keep the expected SEVERE out of the build output
        log.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        log.removeHandler(capture);
        log.setUseParentHandlers(parentHandlers);
    }

    @Test
    void runningOutOfMemoryIsA503ToRetryNotABug() {
        RuntimeException wrapped = new RuntimeException("while writing", new OutOfMemoryError("Java heap space"));

        Problem p = UnexpectedExceptionMapper.report(wrapped, "/botstore/api/v1/plugins/a.b/store");

        assertEquals(503, p.status());
        assertEquals(5, p.retryAfter());
        assertNull(p.errorId());
        assertFalse(p.detail().contains("Java heap space"));
        assertEquals("5", Problems.headers(p).get("Retry-After"));
    }

    @Test
    void answers500WithAnErrorIdAndNothingOfTheException() {
        IllegalStateException failure = new IllegalStateException(SECRET);

        Problem p = UnexpectedExceptionMapper.report(failure, "/botstore/api/v1/admin/schema");

        assertEquals(500, p.status());
        assertEquals(Problems.BLANK, p.type());
        assertEquals("Internal Server Error", p.title());
        assertTrue(p.errorId().matches("[0-9a-f]{12}"), p.errorId());
        assertEquals("Unexpected error; quote error_id " + p.errorId() + " when reporting it", p.detail());
        assertFalse(p.toString().contains("hunter2"), p.toString());
        assertFalse(p.toString().contains("IllegalStateException"), p.toString());
        assertNull(p.errors());
        assertNull(p.retryAfter());
    }

    @Test
    void logsTheWholeFailureAtSevereUnderTheSameId() {
        IllegalStateException failure = new IllegalStateException(SECRET);

        Problem p = UnexpectedExceptionMapper.report(failure, "/x");

        assertEquals(1, records.size());
        LogRecord record = records.get(0);
        assertEquals(Level.SEVERE, record.getLevel());
        assertSame(failure, record.getThrown());
        assertTrue(record.getMessage().contains(p.errorId()), record.getMessage());
    }

    @Test
    void idsDiffer() {
        assertFalse(UnexpectedExceptionMapper.newErrorId().equals(UnexpectedExceptionMapper.newErrorId()));
    }
}
