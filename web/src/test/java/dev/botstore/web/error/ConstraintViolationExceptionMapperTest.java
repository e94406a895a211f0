package dev.botstore.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintViolationExceptionMapperTest {

    @Test
    void listsEveryViolatedField() {
        List<Problem.FieldError> errors = List.of(
                new Problem.FieldError("chat_key", "size must be between 0 and 256"),
                new Problem.FieldError("value", "must not be null"));

        Problem p = ConstraintViolationExceptionMapper.problem(errors, "put.arg2.value: must not be null", "/p");

        assertEquals(400, p.status());
        assertEquals("Invalid input", p.title());
        assertEquals(Problems.TYPE_PREFIX + "invalid-input", p.type());
        assertEquals(errors, p.errors());
        assertEquals("chat_key: size must be between 0 and 256; value: must not be null", p.detail());
    }

    @Test
    void withoutViolationsTheMessageIsTheDetail() {
        Problem p = ConstraintViolationExceptionMapper.problem(List.of(), "value is invalid", null);

        assertEquals(400, p.status());
        assertEquals("value is invalid", p.detail());
        assertNull(p.errors());
    }

    @Test
    void noViolationSetMeansNoErrors() {
        assertEquals(List.of(), ConstraintViolationExceptionMapper.errors(null));
    }
}
