package dev.botstore.web.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The name a client knows a violated field by. Bean Validation reports Java paths such as
 * {@code put.arg2.createdAt}; the client sent {@code created_at} in a body, or {@code chat_key} as a
 * query parameter, and knows nothing of methods or argument positions.
 */
final class ViolationFields {

    /** What a constraint on the entity parameter itself (e.g. {@code @NotNull}) is reported against. */
    static final String BODY = "body";

    private ViolationFields() {
    }

    static String of(ConstraintViolation<?> violation) {
        String declared = declaredName(violation.getRootBeanClass(), nodes(violation.getPropertyPath()));
        return declared != null ? declared : fromPath(String.valueOf(violation.getPropertyPath()));
    }

    /**
     * The last named node of a path, as the JSON name {@code JsonConfig} gives it. Method and
     * argument prefixes ({@code put.arg2.}), indexes and keys ({@code [0]}, {@code [a.b]}) and
     * container elements ({@code <list element>}) are dropped. Null for a cross-parameter constraint
     * or an empty path: no single field is at fault.
     */
    static String fromPath(String path) {
        if (path == null) {
            return null;
        }
        // keys may contain dots, so drop them before splitting
        String[] parts = path.replaceAll("\\[[^\\]]*\\]", "").split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].trim();
            if (part.equals("<cross-parameter>")) {
                return null;
            }
            if (!part.isEmpty() && !part.startsWith("<")) {
                return snakeCase(part);
            }
        }
        return null;
    }

    /** {@code createdAt} to {@code created_at}, as JSON-B's LOWER_CASE_WITH_UNDERSCORES does. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The {@code @QueryParam}/{@code @PathParam}/... name of a method parameter, {@link #BODY} for
     * the entity parameter of a resource method, null if the method is no resource method.
     * Looks through superclasses and interfaces, since the root bean may be a CDI proxy subclass and
     * JAX-RS annotations may sit on an interface.
     */
    static String parameterName(Class<?> bean, String method, List<Class<?>> types, int index) {
        boolean resourceMethod = false;
        for (Class<?> type : hierarchy(bean)) {
            Method candidate;
            try {
                candidate = type.getDeclaredMethod(method, types.toArray(Class<?>[]::new));
            } catch (NoSuchMethodException notHere) {
                continue;
            }
            if (index < 0 || index >= candidate.getParameterCount()) {
                return null;
            }
            String name = jaxrsName(candidate.getParameterAnnotations()[index]);
            if (name != null) {
                return name;
            }
            resourceMethod |= isResourceMethod(candidate);
        }
        return resourceMethod ? BODY : null;
    }

    private static String declaredName(Class<?> bean, List<Path.Node> nodes) {
        if (bean == null || nodes.isEmpty()) {
            return null;
        }
        Path.Node last = nodes.get(nodes.size() - 1);
        if (last.getKind() == ElementKind.PARAMETER && nodes.size() >= 2
                && nodes.get(nodes.size() - 2).getKind() == ElementKind.METHOD) {
            Path.MethodNode method = nodes.get(nodes.size() - 2).as(Path.MethodNode.class);
            int index = last.as(Path.ParameterNode.class).getParameterIndex();
            return parameterName(bean, method.getName(), method.getParameterTypes(), index);
        }
        if (nodes.size() == 1 && last.getKind() == ElementKind.PROPERTY) {
            return fieldName(bean, last.getName()); // a constrained @QueryParam field of the resource
        }
        return null;
    }

    private static String fieldName(Class<?> bean, String field) {
        for (Class<?> type = bean; type != null; type = type.getSuperclass()) {
            try {
                return jaxrsName(type.getDeclaredField(field).getAnnotations());
            } catch (NoSuchFieldException notHere) {
                // look further up: CDI proxies subclass the resource
            }
        }
        return null;
    }

    /** The path without the trailing unnamed bean node of a class-level constraint. */
    private static List<Path.Node> nodes(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        if (path != null) {
            path.forEach(nodes::add);
        }
        while (!nodes.isEmpty() && nodes.get(nodes.size() - 1).getKind() == ElementKind.BEAN) {
            nodes.remove(nodes.size() - 1);
        }
        return nodes;
    }

    private static String jaxrsName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam p) {
                return p.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof HeaderParam p) {
                return p.value();
            } else if (a instanceof FormParam p) {
                return p.value();
            } else if (a instanceof MatrixParam p) {
                return p.value();
            } else if (a instanceof CookieParam p) {
                return p.value();
            }
        }
        return null;
    }

    private static boolean isResourceMethod(AnnotatedElement method) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Class<?>> hierarchy(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            all.add(c);
        }
        for (Class<?> c : List.copyOf(all)) {
            addInterfaces(c, all);
        }
        return all;
    }

    private static void addInterfaces(Class<?> type, Set<Class<?>> all) {
        for (Class<?> i : type.getInterfaces()) {
            if (all.add(i)) {
                addInterfaces(i, all);
            }
        }
    }
}
