package dev.botstore.facades.support;

import dev.botstore.persistence.schema.TransientFailures;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a transaction bean whose database failures {@link TransientConflictClassifier} sorts, so that
 * MicroProfile Fault Tolerance's {@code @Retry} on the facade that calls it can tell a transient
 * conflict by its type. The constants are that retry's defaults, which the MicroProfile Config
 * properties {@code Retry/maxRetries}, {@code Retry/delay} and {@code Retry/jitter} override.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TransientConflicts {

    /** Attempts after the first. */
    int MAX_RETRIES = TransientFailures.MAX_ATTEMPTS - 1;

    /**
     * Between attempts: 10 to 190 ms at random, which spreads out racing writers. Liberty refuses a
     * jitter that is not below the delay.
     */
    long DELAY_MILLIS = 100;

    long JITTER_MILLIS = 90;

    /** Set by the facades' guard on a transaction their caller began: it is not the facade's to retry. */
    String CALLERS_TRANSACTION = "dev.botstore.callers-transaction";
}
