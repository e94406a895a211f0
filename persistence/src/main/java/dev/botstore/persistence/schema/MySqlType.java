package dev.botstore.persistence.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The complete column definition to use on MySQL instead of EclipseLink's, for what JPA cannot
 * say portably: a binary collation for case-sensitive keys, {@code LONGTEXT} for large text.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MySqlType {
    String value();
}
