package dev.botstore.web.error;

import jakarta.ejb.EJBException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Walks a cause chain, which wrappers (EJB container, JAX-RS runtime) make several layers deep. */
final class Causes {

    private Causes() {
    }

    /** The throwable and its causes, outermost first; safe against cycles. */
    static List<Throwable> chain(Throwable top) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable current = top;
        while (current != null && seen.add(current)) {
            chain.add(current);
            Throwable next = current.getCause();
            // old-style EJB exceptions may keep their cause only here
            if (next == null && current instanceof EJBException ejb) {
                next = ejb.getCausedByException();
            }
            current = next;
        }
        return chain;
    }

    static <T extends Throwable> Optional<T> find(Throwable top, Class<T> type) {
        return chain(top).stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    static boolean contains(Throwable top, Class<?>... types) {
        for (Throwable t : chain(top)) {
            for (Class<?> type : types) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
