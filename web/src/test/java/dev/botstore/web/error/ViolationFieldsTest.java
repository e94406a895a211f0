package dev.botstore.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationFieldsTest {

    @Test
    void lastNodeWithoutMethodAndArgumentPrefix() {
        assertEquals("value", ViolationFields.fromPath("put.arg2.value"));
        assertEquals("chat_key", ViolationFields.fromPath("put.arg0.chat_key"));
        assertEquals("arg2", ViolationFields.fromPath("put.arg2"));
        assertEquals("value", ViolationFields.fromPath("value"));
    }

    @Test
    void javaNamesBecomeJsonNames() {
        assertEquals("chat_key", ViolationFields.fromPath("chatKey"));
        assertEquals("created_at", ViolationFields.fromPath("put.arg1.entries[0].createdAt"));
        assertEquals("created_at", ViolationFields.snakeCase("createdAt"));
        assertEquals("already_snake", ViolationFields.snakeCase("already_snake"));
    }

    @Test
    void indexesKeysAndContainerElementsAreDropped() {
        assertEquals("tags", ViolationFields.fromPath("put.arg1.tags[2].<list element>"));
        assertEquals("labels", ViolationFields.fromPath("put.arg1.labels[a.b].<map value>"));
    }

    @Test
    void noSingleFieldForCrossParameterOrEmptyPaths() {
        assertNull(ViolationFields.fromPath("put.<cross-parameter>"));
        assertNull(ViolationFields.fromPath(""));
        assertNull(ViolationFields.fromPath(null));
    }

    @Test
    void parameterNamesComeFromTheirJaxrsAnnotations() {
        List<Class<?>> types = List.of(String.class, String.class, Long.class, Body.class);

        assertEquals("key", ViolationFields.parameterName(Resource.class, "put", types, 0));
        assertEquals("chat_key", ViolationFields.parameterName(Resource.class, "put", types, 1));
        assertEquals("Content-Length", ViolationFields.parameterName(Resource.class, "put", types, 2));
        assertEquals(ViolationFields.BODY, ViolationFields.parameterName(Resource.class, "put", types, 3));
    }

    @Test
    void annotationsAreFoundThroughProxySubclasses() {
        List<Class<?>> types = List.of(String.class, String.class, Long.class, Body.class);

        assertEquals("chat_key", ViolationFields.parameterName(ProxiedResource.class, "put", types, 1));
        assertEquals(ViolationFields.BODY, ViolationFields.parameterName(ProxiedResource.class, "put", types, 3));
    }

    @Test
    void parametersOfPlainMethodsHaveNoDeclaredName() {
        assertNull(ViolationFields.parameterName(Resource.class, "helper", List.of(String.class), 0));
        assertNull(ViolationFields.parameterName(Resource.class, "missing", List.of(), 0));
    }

    record Body(String value) {
    }

    static class Resource {

        @PUT
        public void put(@PathParam("key") String key, @QueryParam("chat_key") String chatKey,
                        @HeaderParam("Content-Length") Long length, Body body) {
        }

        public void helper(String text) {
        }
    }

    /** Like a CDI proxy: overrides without repeating the annotations. */
    static class ProxiedResource extends Resource {

        @Override
        public void put(String key, String chatKey, Long length, Body body) {
        }
    }
}
