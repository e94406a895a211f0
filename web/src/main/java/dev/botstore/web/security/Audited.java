package dev.botstore.web.security;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an admin operation that changes or exports data: when it succeeds, {@link AuditRecorder}
 * writes it to the audit trail under {@link #value()}.
 */
@NameBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** The operation's name in the trail, e.g. {@code data.clear}. */
    String value() default "";
}
