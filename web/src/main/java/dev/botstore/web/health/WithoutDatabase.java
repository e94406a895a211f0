package dev.botstore.web.health;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource that needs no database, such as the plugin file area: the {@link ReadinessGate}
 * lets its calls through while the database is down.
 */
@Inherited // the resource class the runtime sees may be a CDI subclass
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithoutDatabase {
}
