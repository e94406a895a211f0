package dev.botstore.web.health;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.botstore.api.error.DatabaseNotReadyException;
import dev.botstore.api.health.DatabaseReadiness;
import dev.botstore.api.health.DatabaseState;
import dev.botstore.api.health.DatabaseStatus;
import dev.botstore.web.pluginfiles.PluginFilesResource;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** While the database is down, the gate refuses database work but lets the file area through. */
class ReadinessGateTest {

    @Test
    void theFileAreaIsServedWhileTheDatabaseIsDown() throws Exception {
        assertDoesNotThrow(() -> gate(PluginFilesResource.class).filter(null));
    }

    @Test
    void otherResourcesWaitForTheDatabase() throws Exception {
        assertThrows(DatabaseNotReadyException.class, () -> gate(Object.class).filter(null));
    }

    @Test
    void aSubclassOfAMarkedResourceIsMarkedToo() throws Exception {
        class Proxy extends PluginFilesResource {
        }
        assertDoesNotThrow(() -> gate(Proxy.class).filter(null));
    }

    private static ReadinessGate gate(Class<?> resourceClass) throws ReflectiveOperationException {
        ReadinessGate gate = new ReadinessGate();
        set(gate, "readiness", (DatabaseReadiness) () -> new DatabaseStatus(DatabaseState.UNAVAILABLE,
                "postgresql", "postgresql", "db", null, false, false, "connection refused", Instant.now(), 3, 2));
        set(gate, "resource", new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return null;
            }

            @Override
            public Class<?> getResourceClass() {
                return resourceClass;
            }
        });
        return gate;
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
