package dev.botstore.web.error;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;

/**
 * Keeps a response that cannot be serialised from being blamed on the caller. The JSON-B provider
 * throws the same ProcessingException/JsonbException for an entity it cannot write as for a body it
 * cannot read, and those map to 400 "Malformed JSON". Rethrown as another exception here, a write
 * failure reaches {@link UnexpectedExceptionMapper} instead: a logged 500. The JSON-B provider
 * serialises to a string before writing any byte, so the error answer can still be sent.
 */
@Provider
public class ResponseWriteGuard implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (ProcessingException | JsonbException | JsonException failure) {
            throw new ResponseWriteException(context.getType(), failure);
        }
    }

    /** Only ever logged, by {@link UnexpectedExceptionMapper}. */
    static final class ResponseWriteException extends RuntimeException {

        ResponseWriteException(Class<?> entityType, Throwable cause) {
            super("could not write a response entity of type " + (entityType == null ? "?" : entityType.getName()),
                    cause);
        }
    }
}
