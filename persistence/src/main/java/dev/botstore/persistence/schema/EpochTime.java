package dev.botstore.persistence.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A column that holds a point in time as a number since the Unix epoch, as the original stores it:
 * a {@code Long} field is the original's BigInteger (whole units), a {@code Double} field its Float
 * (seconds with a fraction). The unit is the original's: seconds everywhere except
 * {@code conversation_goals}, which counts milliseconds.
 *
 * <p>The schema derives the column type from it: BIGINT for whole units; for a fraction FLOAT
 * (double precision) on PostgreSQL and SQLite, and DOUBLE on MySQL, whose FLOAT is single precision
 * and would round today's epoch seconds to steps of about two minutes (the spec's widening).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface EpochTime {

    Unit value() default Unit.SECONDS;

    enum Unit {
        SECONDS,
        MILLISECONDS
    }
}
