package dev.botstore.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads every JSON body a resource takes as {@link JsonFields}: bounded by
 * {@code json_body_max_bytes} (413 above it, without reading further), strict UTF-8, then the one
 * JSON reader with its depth and text rules. A resource that took a String instead would get the
 * runtime's reader, which holds any body whole and fails on an unknown charset with a 500.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<JsonFields> {

    /** Four MiB: above any batch the API takes, far below MariaDB's 16 MiB packet. */
    static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonFields.class;
    }

    @Override
    public JsonFields readFrom(Class<JsonFields> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        Long length = QueryValues.wholeNumber(HttpHeaders.CONTENT_LENGTH, headers.getFirst(HttpHeaders.CONTENT_LENGTH));
        return JsonFields.of(BoundedBody.readUtf8(length, body, maxBytes(), "the request body"));
    }

    /** {@code json_body_max_bytes}: the most a JSON body may hold. */
    public static long maxBytes() {
        return ConfigProvider.getConfig(JsonBodyReader.class.getClassLoader())
                .getOptionalValue("json_body_max_bytes", Long.class).orElse(DEFAULT_MAX_BYTES);
    }
}
